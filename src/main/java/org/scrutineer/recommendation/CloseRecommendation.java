package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Closes the recommendation as the committee agreed ({@code outcome}: actioned or not-actioned), or as lapsed. */
@Component("closeRecommendation")
class CloseRecommendation implements JavaDelegate {

    private final RecommendationRecords records;
    private final Clock clock;

    CloseRecommendation(RecommendationRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Closure closure = "closeAsLapsed".equals(execution.getCurrentActivityId()) ? Closure.LAPSED
                : ProcessVariables.of(execution).choice("outcome", Closure::fromId)
                .filter(c -> c == Closure.ACTIONED || c == Closure.NOT_ACTIONED)
                .orElseThrow(() -> new EngineRuleRefusal("Choose the outcome: actioned or not-actioned"));
        records.of(execution).close(closure, LocalDate.now(clock.withZone(AppClock.LONDON)));
        execution.setVariable("closure", closure.id());
    }
}
