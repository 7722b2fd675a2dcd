package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.scrutineer.web.ProcessVariables;
import org.scrutineer.web.RecordAfterTask;
import org.springframework.stereotype.Component;

/** Closes a dispute referred to CAFCASS with CAFCASS's outcome, the stage it reached and whether its timescale was met. */
@Component("closeWithCafcassOutcome")
class CloseWithCafcassOutcome extends RecordAfterTask {

    private final DisputeRecords records;
    private final Clock clock;

    CloseWithCafcassOutcome(CheckCafcassOutcome check, DisputeRecords records, Clock clock) {
        super(check);
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dispute dispute = records.of(execution);
        dispute.recordCafcassOutcome(ProcessVariables.of(execution).text("cafcassOutcome", CheckCafcassOutcome.MISSING), LocalDate.now(clock));
        execution.setVariable("stageReached", dispute.getStageReached());
        execution.setVariable("withinTimescale", dispute.getWithinTimescale());
    }
}
