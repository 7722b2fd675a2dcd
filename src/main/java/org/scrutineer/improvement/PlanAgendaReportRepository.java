package org.scrutineer.improvement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanAgendaReportRepository extends JpaRepository<PlanAgendaReport, Long> {

    List<PlanAgendaReport> findByPlanIdOrderByAsOfDescIdDesc(long planId);

    Optional<PlanAgendaReport> findByPlanIdAndMeetingId(long planId, long meetingId);
}
