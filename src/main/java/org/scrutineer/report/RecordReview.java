package org.scrutineer.report;

import java.time.Clock;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records one reviewer's outcome for their role, with their name and the date, in the report's sign-off record. */
@Component("recordReview")
class RecordReview implements TaskListener {

    private final ReportRecords records;
    private final StaffNames staff;
    private final Clock clock;

    RecordReview(ReportRecords records, StaffNames staff, Clock clock) {
        this.records = records;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable("outcome");
        if (!SignOff.APPROVE.equals(outcome) && !SignOff.CHANGES.equals(outcome)) {
            throw new ProcessEngineException("Choose whether you approve the report or ask for changes");
        }
        Object comments = task.getVariable("comments");
        String text = comments == null ? "" : comments.toString().strip();
        if (SignOff.CHANGES.equals(outcome) && text.isEmpty()) {
            throw new ProcessEngineException("Say what needs to change, so the author can revise the report");
        }
        String reviewer = staff.actingUser().or(() -> java.util.Optional.ofNullable(task.getAssignee()))
                .orElseThrow(() -> new ProcessEngineException("A review must be signed by a signed-in reviewer"));
        ReviewerRole role = ReviewerRole.fromId(String.valueOf(task.getVariable("role"))).orElseThrow();
        records.of(task).recordReview(role, outcome.toString(), reviewer, staff.nameOf(reviewer), clock.instant(),
                text.isEmpty() ? null : text);
    }
}
