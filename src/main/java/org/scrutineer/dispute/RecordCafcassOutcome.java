package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Closes a dispute referred to CAFCASS with CAFCASS's outcome. */
@Component("recordCafcassOutcome")
class RecordCafcassOutcome implements TaskListener {

    private final DisputeRecords records;
    private final Clock clock;

    RecordCafcassOutcome(DisputeRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = TaskInput.requiredText(task, "cafcassOutcome", "Record the outcome of the CAFCASS referral");
        Dispute dispute = records.get(TaskInput.disputeId(task));
        dispute.recordCafcassOutcome(outcome, LocalDate.now(clock));
        task.setVariable("stageReached", dispute.getStageReached());
        task.setVariable("withinTimescale", dispute.getWithinTimescale());
    }
}
