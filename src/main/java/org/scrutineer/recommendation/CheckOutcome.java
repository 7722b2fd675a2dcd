package org.scrutineer.recommendation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The committee's agreed outcome must be actioned or not-actioned. */
@Component("checkOutcome")
class CheckOutcome implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (ProcessVariables.of(task).choice("outcome", Closure::fromId)
                .filter(c -> c == Closure.ACTIONED || c == Closure.NOT_ACTIONED).isEmpty()) {
            throw new EngineRuleRefusal("Choose the outcome the committee agreed: actioned or not-actioned");
        }
    }
}
