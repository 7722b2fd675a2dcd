package org.scrutineer.recommendation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    Optional<Recommendation> findByImportKey(String importKey);

    List<Recommendation> findByMeetingId(Long meetingId);

    @Query("select r from Recommendation r order by r.meetingDate desc nulls last, r.topic, r.id")
    List<Recommendation> inTrackerOrder();
}
