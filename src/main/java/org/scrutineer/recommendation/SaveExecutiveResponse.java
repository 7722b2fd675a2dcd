package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records the decision, reasons, action plan, lead officer and who gave it, received today; lists the actions to follow up. */
@Component("saveExecutiveResponse")
class SaveExecutiveResponse implements JavaDelegate {

    private final RecommendationRecords records;
    private final Respondents respondents;
    private final Clock clock;

    SaveExecutiveResponse(RecommendationRecords records, Respondents respondents, Clock clock) {
        this.records = records;
        this.respondents = respondents;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Recommendation r = records.of(execution);
        ProcessVariables input = ProcessVariables.of(execution);
        Decision decision = input.choice("decision", Decision::fromId).orElseThrow();
        List<ActionPlanItem> plan = decision.hasActionPlan() ? ActionPlan.of(execution) : List.of();
        r.recordResponse(decision, input.text("reasons").orElse(null), plan, input.text("leadOfficer").orElse(null),
                respondents.whoGave(execution, r), LocalDate.now(clock.withZone(AppClock.LONDON)));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            positions.add(i);
        }
        execution.setVariable("actionPositions", positions);
        execution.setVariable("dateReceived", r.getDateReceived().toString());
    }
}
