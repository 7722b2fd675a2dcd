package org.scrutineer.improvement;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.scrutineer.meeting.TaskSubject;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** A plan action's task is named for the action: "Update the action's progress: W1.1 Recruit and retain ...". */
@Component
class PlanActionTaskSubject implements TaskSubject {

    private final ActionProgress progress;

    PlanActionTaskSubject(ActionProgress progress) {
        this.progress = progress;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ActionProgress.PROCESS);
    }

    @Override
    public About about(DelegateTask task) {
        PlanAction action = progress.get(ProcessVariables.of(task).id("actionId"));
        String text = action.getRef() + " " + action.getText();
        return About.of(text.length() > 80 ? text.substring(0, 77) + "..." : text);
    }
}
