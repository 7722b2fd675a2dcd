package org.scrutineer.action;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrackedActionRepository extends JpaRepository<TrackedAction, Long> {

    @Query("select distinct a from TrackedAction a left join fetch a.responses order by a.createdOn, a.id")
    List<TrackedAction> everyWithResponses();

    @Query("select distinct a from TrackedAction a left join fetch a.responses where a.committeeId = ?1 order by a.createdOn, a.id")
    List<TrackedAction> ofCommittee(String committeeId);

    List<TrackedAction> findByMeetingIdAndMinuteIsNotNull(long meetingId);

    Optional<TrackedAction> findByMeetingIdAndMinuteAndNumberInMinute(long meetingId, int minute, int numberInMinute);
}
