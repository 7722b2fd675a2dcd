package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.CalendarCoverage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Disputes as staff see them, with working days elapsed counted to today (or to the day they closed). */
@Service
@Transactional(readOnly = true)
public class DisputeQueries {

    private final DisputeRepository disputes;
    private final DisputeDeadlines deadlines;
    private final TaskService taskService;
    private final CalendarCoverage coverage;
    private final Clock clock;

    DisputeQueries(DisputeRepository disputes, DisputeDeadlines deadlines, TaskService taskService, CalendarCoverage coverage,
                   Clock clock) {
        this.disputes = disputes;
        this.deadlines = deadlines;
        this.taskService = taskService;
        this.coverage = coverage;
        this.clock = clock;
    }

    public Optional<DisputeJson> byId(long id) {
        return disputes.findById(id).map(this::json);
    }

    /** Open disputes first, overdue ones before the rest, then oldest first. */
    public List<DisputeJson> all() {
        return disputes.findAll().stream().map(this::json)
                .sorted(Comparator.comparing((DisputeJson d) -> !"open".equals(d.status()))
                        .thenComparing(d -> !d.overdue())
                        .thenComparing(DisputeJson::workingDaysElapsed, Comparator.reverseOrder())
                        .thenComparing(DisputeJson::id))
                .toList();
    }

    public int workingDaysElapsed(Dispute d) {
        return deadlines.elapsed(d.getNotifiedOn(), d.isOpen() ? LocalDate.now(clock) : d.getResolvedOn());
    }

    public boolean overdue(Dispute d) {
        return d.isOpen() && LocalDate.now(clock).isAfter(d.stageDeadline());
    }

    DisputeJson json(Dispute d) {
        List<String> waitingAt = taskService.createTaskQuery().processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(d.getId()))
                .processDefinitionKey(DisputeIntake.PROCESS).list().stream().map(Task::getTaskDefinitionKey).sorted().toList();
        return new DisputeJson(d.getId(), d.getCaseReference(), d.getCategory().id(), d.getStage().id(),
                d.getStatus().name().toLowerCase().replace('_', '-'), d.getRespondentGroup(), d.getDescription(),
                d.getRaisedOn(), d.getNotifiedOn(), d.getResponseDueBy(), d.getMeetingDueBy(), d.getResolutionDueBy(),
                d.getEscalationTier(), d.getTierDueBy(), workingDaysElapsed(d), overdue(d),
                d.getInformalResponse(), d.getFormalResponse(),
                d.getMeetingHeldOn() == null ? null : new DisputeJson.Meeting(d.getMeetingHeldOn(), d.getMeetingAttendees(), d.getMeetingPlan()),
                d.getCafcassReferredOn() == null ? null : new DisputeJson.Cafcass(d.getCafcassReferredOn(), d.getCafcassOutcome()),
                d.getResolvedOn() == null ? null : new DisputeJson.Outcome(d.getStageReached(), d.getResolution(), d.getResolvedOn(),
                        Boolean.TRUE.equals(d.getWithinTimescale())),
                waitingAt,
                coverage.warningFor(d.getNotifiedOn(), d.getResponseDueBy(), d.getMeetingDueBy(), d.getResolutionDueBy(), d.getTierDueBy(),
                        d.isOpen() ? LocalDate.now(clock) : d.getResolvedOn()));
    }
}
