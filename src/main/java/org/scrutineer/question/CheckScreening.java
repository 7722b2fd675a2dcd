package org.scrutineer.question;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ListVariable;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete the screening without a decision, a reason for a rejection, or an addressee.
 * The addressees are a list, however it is encoded; they are kept as one, one answer task each.
 */
@Component("checkScreening")
class CheckScreening implements TaskListener {

    private static final ListVariable ADDRESSEES = ListVariable.named("addressees", "[\"chair\", \"officer\"]");

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable("decision");
        if ("reject".equals(decision)) {
            Object reason = task.getVariable("rejectionReason");
            if (reason == null || RejectionReason.fromId(reason.toString()).isEmpty()) {
                throw new ProcessEngineException("Choose the reason for rejecting the question");
            }
        } else if ("accept".equals(decision)) {
            List<String> addressees = ADDRESSEES.texts(task).orElse(List.of());
            if (addressees.isEmpty() || addressees.stream().anyMatch(a -> QuestionAddressee.fromId(a).isEmpty())) {
                throw new ProcessEngineException("Choose who the question is for: the chair, the cabinet member or an officer");
            }
            task.setVariable("addressees", new ArrayList<>(addressees));
        } else {
            throw new ProcessEngineException("Choose whether to accept or reject the question");
        }
    }
}
