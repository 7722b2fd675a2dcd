package org.scrutineer.notification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedTokenRepository extends JpaRepository<CalendarFeedToken, String> {

    Optional<CalendarFeedToken> findByTokenSha256(String tokenSha256);
}
