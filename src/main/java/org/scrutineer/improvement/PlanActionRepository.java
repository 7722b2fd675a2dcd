package org.scrutineer.improvement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanIdOrderByPositionAsc(long planId);
}
