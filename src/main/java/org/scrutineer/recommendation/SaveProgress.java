package org.scrutineer.recommendation;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
        int position = ((Number) execution.getVariable("actionPosition")).intValue();
        boolean done = Boolean.TRUE.equals(execution.getVariable("actionDone")) || "true".equals(String.valueOf(execution.getVariable("actionDone")));
        records.of(execution).action(position).reportProgress(ResponseVariables.text(execution, "progress"), done, clock.instant());
        execution.setVariableLocal("actionDone", done);
    }
}
