package org.scrutineer.question;

import java.util.Collection;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses to complete the screening without a decision, a reason for a rejection, or an addressee. */
@Component("checkScreening")
class CheckScreening implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable("decision");
        if ("reject".equals(decision)) {
            Object reason = task.getVariable("rejectionReason");
            if (reason == null || RejectionReason.fromId(reason.toString()).isEmpty()) {
                throw new ProcessEngineException("Choose the reason for rejecting the question");
            }
        } else if ("accept".equals(decision)) {
            Object addressees = task.getVariable("addressees");
            if (!(addressees instanceof Collection<?> list) || list.isEmpty()
                    || list.stream().anyMatch(a -> Addressee.fromId(String.valueOf(a)).isEmpty())) {
                throw new ProcessEngineException("Choose who the question is for: the chair, the cabinet member or an officer");
            }
        } else {
            throw new ProcessEngineException("Choose whether to accept or reject the question");
        }
    }
}
