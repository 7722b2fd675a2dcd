package org.scrutineer.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Gives each review (each instance of the multi-instance task) its own empty outcome and comments, so that parallel reviewers never see
 * or overwrite each other's answers.
 */
@Component("prefillReview")
class PrefillReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariableLocal("outcome", null);
        task.getExecution().setVariableLocal("comments", "");
        task.setVariableLocal("roleTitle", ProcessVariables.of(task).choice("role", ReviewerRole::fromId).map(ReviewerRole::title).orElse(""));
    }
}
