package org.scrutineer.dispute;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The IRO's review of a formal response: resolve (with the resolution) or escalate, marking it intransigent if there was no movement. */
@Component("checkFormalReview")
class CheckFormalReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        String decision = input.choice("decision", ReviewDecision::of)
                .orElseThrow(() -> new EngineRuleRefusal("Choose whether to resolve the dispute or escalate it"));
        if (ReviewDecision.RESOLVE.equals(decision)) {
            input.text("resolution", ReviewDecision.NO_RESOLUTION);
        }
        task.setVariable("intransigent", ReviewDecision.ESCALATE.equals(decision) && input.ticked("intransigent"));
    }
}
