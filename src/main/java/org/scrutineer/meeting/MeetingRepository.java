package org.scrutineer.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByStartsAtGreaterThanEqualOrderByStartsAtAsc(LocalDateTime from);

    List<Meeting> findAllByOrderByStartsAtDesc();

    List<Meeting> findByCommitteeIdAndStartsAtAfterOrderByStartsAtAsc(String committeeId, LocalDateTime after);

    List<Meeting> findByCommitteeIdAndCancelledAtIsNullAndStartsAtBetweenOrderByStartsAtAsc(String committeeId, LocalDateTime from, LocalDateTime to);

    Optional<Meeting> findFirstByCommitteeIdAndStartsAtBeforeAndCancelledAtIsNullOrderByStartsAtDesc(String committeeId, LocalDateTime before);

    Optional<Meeting> findFirstByCommitteeIdAndStartsAtAfterAndCancelledAtIsNullOrderByStartsAtAsc(String committeeId, LocalDateTime after);
}
