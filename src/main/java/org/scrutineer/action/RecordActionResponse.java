package org.scrutineer.action;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The owner completes respondToAction, in the Tasklist or through the link in their email: the answer
 * is checked and kept, and {@code outcome} (done or partial) decides whether the process asks again.
 */
@Component("recordActionResponse")
class RecordActionResponse implements TaskListener {

    static final String TASK = "respondToAction";

    private final TrackedActions actions;

    RecordActionResponse(TrackedActions actions) {
        this.actions = actions;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        long id = input.id("actionId");
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String by = user != null && user.getUserId() != null ? user.getUserId() : actions.get(id).owner().name();
        String outcome = input.text("outcome").orElse(null);
        actions.answer(id, input.text("response").orElse(null), outcome, input.text("newDueBy").orElse(null), by);
        task.getExecution().setVariable("outcome", outcome);
        if (ActionResponse.PARTIAL.equals(outcome)) {
            task.getExecution().removeVariable("response");
            task.getExecution().removeVariable("newDueBy");
        }
    }
}
