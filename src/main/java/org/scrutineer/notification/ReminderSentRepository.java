package org.scrutineer.notification;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSentRepository extends JpaRepository<ReminderSent, Long> {

    boolean existsByRecipientAndKindAndSentOn(String recipient, String kind, LocalDate sentOn);

    long countBySentOnAndKind(LocalDate sentOn, String kind);
}
