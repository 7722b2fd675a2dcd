package org.scrutineer.dispute;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The IRO's review of a formal response: resolve (with the resolution) or escalate, marking it intransigent if there was no movement. */
@Component("checkFormalReview")
class CheckFormalReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String decision = TaskInput.choice(task, "decision", "Choose whether to resolve the dispute or escalate it", "resolve", "escalate");
        if ("resolve".equals(decision)) {
            TaskInput.requiredText(task, "resolution", "Record how the dispute was resolved");
        }
        task.setVariable("intransigent", "escalate".equals(decision) && TaskInput.flag(task, "intransigent"));
    }
}
