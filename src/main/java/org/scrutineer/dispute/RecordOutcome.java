package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Closes a resolved dispute with the stage it reached, the resolution and whether the stage's timescale was met. */
@Component("recordOutcome")
class RecordOutcome implements JavaDelegate {

    private final DisputeRecords records;
    private final Clock clock;

    RecordOutcome(DisputeRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dispute dispute = records.of(execution);
        dispute.resolve(ProcessVariables.of(execution).text("resolution", ReviewDecision.NO_RESOLUTION), LocalDate.now(clock));
        execution.setVariable("stageReached", dispute.getStageReached());
        execution.setVariable("withinTimescale", dispute.getWithinTimescale());
    }
}
