package org.scrutineer.improvement;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The lead completes updateActionProgress: the update is checked and kept, and {@code ratedBlue}
 * sends a Blue to the theme's accountable lead. What the form held is cleared, so the next board's
 * form starts empty.
 */
@Component("recordActionProgress")
class RecordActionProgress implements TaskListener {

    static final List<String> FORM_FIELDS = List.of("progress", "brag", "reason", "evidence", "reviseMilestone", "revisedDate", "revisionReason");

    private final ActionProgress progress;

    RecordActionProgress(ActionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Object milestone = task.getVariable("reviseMilestone");
        ActionUpdate update = progress.update(input.id("actionId"), new ActionProgress.Update(input.text("progress").orElse(null),
                input.text("brag").orElse(null), input.text("reason").orElse(null), input.text("evidence").orElse(null),
                milestone instanceof Number n ? Long.valueOf(n.longValue()) : null, input.text("revisedDate").orElse(null),
                input.text("revisionReason").orElse(null)), user == null ? null : user.getUserId());
        boolean blue = update.getBrag().filter(b -> b == Brag.BLUE).isPresent();
        task.getExecution().setVariable("ratedBlue", blue);
        task.getExecution().setVariable("progressText", update.getProgress());
        task.getExecution().setVariable("evidenceText", blue ? update.getEvidence() : null);
        FORM_FIELDS.forEach(task.getExecution()::removeVariable);
    }
}
