package org.scrutineer.recommendation;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Keeps the owner's latest progress on an action and whether it is done. */
@Component("saveProgress")
class SaveProgress implements JavaDelegate {

    private final RecommendationRecords records;
    private final Clock clock;

    SaveProgress(RecommendationRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables input = ProcessVariables.of(execution);
        int position = Math.toIntExact(input.id("actionPosition"));
        boolean done = input.ticked("actionDone");
        records.of(execution).action(position).reportProgress(input.text("progress").orElse(null), done, clock.instant());
        execution.setVariableLocal("actionDone", done);
    }
}
