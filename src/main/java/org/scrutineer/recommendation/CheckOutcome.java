package org.scrutineer.recommendation;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The committee's agreed outcome must be actioned or not-actioned. */
@Component("checkOutcome")
class CheckOutcome implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable("outcome");
        if (!"actioned".equals(outcome) && !"not-actioned".equals(outcome)) {
            throw new ProcessEngineException("Choose the outcome the committee agreed: actioned or not-actioned");
        }
    }
}
