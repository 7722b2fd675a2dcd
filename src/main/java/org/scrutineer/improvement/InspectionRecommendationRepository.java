package org.scrutineer.improvement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRecommendationRepository extends JpaRepository<InspectionRecommendation, Long> {

    List<InspectionRecommendation> findByPlanIdOrderByPositionAsc(long planId);
}
