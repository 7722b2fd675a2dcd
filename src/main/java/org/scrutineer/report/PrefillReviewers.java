package org.scrutineer.report;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ListVariable;
import org.springframework.stereotype.Component;

/**
 * Ticks the proposed roles on the approveReviewers form: one checkbox per role and an empty name
 * field per role, held in the sign-off's own scope so that what the officer submits lands there.
 */
@Component("prefillReviewers")
class PrefillReviewers implements TaskListener {

    private static final ListVariable PROPOSED_ROLES = ListVariable.named("proposedRoles", "[\"governance\", \"finance\"]");

    @Override
    public void notify(DelegateTask task) {
        List<String> proposed = PROPOSED_ROLES.texts(task).orElse(List.of()).stream().distinct().toList();
        for (ReviewerRole role : ReviewerRole.values()) {
            task.getExecution().setVariableLocal(role.checkbox(), proposed.contains(role.id()));
            task.getExecution().setVariableLocal(role.namedReviewer(), "");
        }
        task.setVariableLocal("proposalText", String.join(", ", proposed.stream()
                .map(id -> ReviewerRole.fromId(id).map(ReviewerRole::title).orElse(id)).toList()));
    }
}
