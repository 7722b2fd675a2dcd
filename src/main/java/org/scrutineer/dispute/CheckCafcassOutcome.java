package org.scrutineer.dispute;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Refuses to record a CAFCASS referral's outcome without the outcome. */
@Component("checkCafcassOutcome")
class CheckCafcassOutcome implements TaskListener {

    static final String MISSING = "Record the outcome of the CAFCASS referral";

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables.of(task).text("cafcassOutcome", MISSING);
    }
}
