package org.scrutineer.question;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ListVariable;
import org.scrutineer.web.ProcessVariables;
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
        ProcessVariables input = ProcessVariables.of(task);
        String decision = input.text("decision").orElse("");
        if ("reject".equals(decision)) {
            if (input.choice("rejectionReason", RejectionReason::fromId).isEmpty()) {
                throw new EngineRuleRefusal("Choose the reason for rejecting the question");
            }
        } else if ("accept".equals(decision)) {
            List<String> addressees = input.texts(ADDRESSEES).orElse(List.of());
            if (addressees.isEmpty() || addressees.stream().anyMatch(a -> QuestionAddressee.fromId(a).isEmpty())) {
                throw new EngineRuleRefusal("Choose who the question is for: the chair, the cabinet member or an officer");
            }
            task.setVariable("addressees", new ArrayList<>(addressees));
        } else {
            throw new EngineRuleRefusal("Choose whether to accept or reject the question");
        }
    }
}
