package org.scrutineer.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The theme's accountable lead completes confirmCompletion: the Blue is confirmed, or refused with the reason ({@code confirmed}). */
@Component("recordCompletionDecision")
class RecordCompletionDecision implements TaskListener {

    private final ActionProgress progress;

    RecordCompletionDecision(ActionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String decision = input.text("decision").orElse(null);
        progress.decide(input.id("actionId"), decision, input.text("refusalReason").orElse(null), user == null ? null : user.getUserId());
        task.getExecution().setVariable("confirmed", "confirm".equals(decision));
        task.getExecution().removeVariable("decision");
        task.getExecution().removeVariable("refusalReason");
    }
}
