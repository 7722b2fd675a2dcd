package org.scrutineer.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Starts each approval with no decision and no comments, whatever an earlier round decided. */
@Component("prefillApproval")
class PrefillApproval implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariableLocal("approved", null);
        task.getExecution().setVariableLocal("approvalComments", "");
    }
}
