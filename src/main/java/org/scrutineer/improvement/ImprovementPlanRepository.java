package org.scrutineer.improvement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementPlanRepository extends JpaRepository<ImprovementPlan, Long> {

    List<ImprovementPlan> findAllByOrderByTitleAsc();
}
