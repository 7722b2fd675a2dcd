package org.scrutineer.agenda;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaSupplementRepository extends JpaRepository<AgendaSupplement, Long> {

    List<AgendaSupplement> findByMeetingIdOrderByNumberAsc(long meetingId);

    Optional<AgendaSupplement> findByMeetingIdAndNumber(long meetingId, int number);

    Optional<AgendaSupplement> findByMeetingIdAndKindAndReportId(long meetingId, AgendaSupplement.Kind kind, Long reportId);

    Optional<AgendaSupplement> findByMeetingIdAndKind(long meetingId, AgendaSupplement.Kind kind);
}
