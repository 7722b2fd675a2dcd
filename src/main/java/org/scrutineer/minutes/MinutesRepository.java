package org.scrutineer.minutes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesRepository extends JpaRepository<Minutes, Long> {

    List<Minutes> findByCommitteeIdAndMeetingDateBetweenOrderByMeetingDateAsc(String committeeId, LocalDate from, LocalDate to);

    List<Minutes> findByCommitteeIdAndStatusAndMeetingDateBeforeOrderByMeetingDateDesc(String committeeId, MinutesStatus status, LocalDate before);
}
