package org.scrutineer.workprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkProgrammeItemRepository extends JpaRepository<WorkProgrammeItem, Long> {

    List<WorkProgrammeItem> findByCommitteeIdAndYearBeginsOrderByIdAsc(String committeeId, LocalDate yearBegins);

    Optional<WorkProgrammeItem> findByRecommendationId(Long recommendationId);

    List<WorkProgrammeItem> findByStatusAndMeetingIdIsNotNull(String status);
}
