package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Only a cabinet member records the executive's response. A response needs a decision, and
 * reasons unless it accepts the recommendation; an extension needs a reason and a later date.
 */
@Component("checkExecutiveResponse")
class CheckExecutiveResponse implements TaskListener {

    private final IdentityService identityService;
    private final RecommendationRecords records;

    CheckExecutiveResponse(IdentityService identityService, RecommendationRecords records) {
        this.identityService = identityService;
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user != null) {
            List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
            if (!groups.contains(RecommendationMail.CABINET) && !groups.contains(Roles.ADMIN)) {
                throw new AuthorizationException("Only a cabinet member may record the executive's response. "
                        + user.getUserId() + " is not in the cabinet group");
            }
        }
        if (ResponseVariables.extensionRequested(task)) {
            checkExtension(task);
            return;
        }
        Decision decision = Decision.fromId(String.valueOf(task.getVariable("decision"))).orElseThrow(() ->
                new ProcessEngineException("Choose the decision: accepted, partially-accepted or not-accepted"));
        if (decision != Decision.ACCEPTED && ResponseVariables.text(task, "reasons") == null) {
            throw new ProcessEngineException("Give the reasons: they are required unless the recommendation is accepted");
        }
        ResponseVariables.actions(task);
    }

    private void checkExtension(DelegateTask task) {
        if (ResponseVariables.text(task, "extensionReason") == null) {
            throw new ProcessEngineException("Give the reason for asking for more time: it is reported to the committee");
        }
        LocalDate newDate = ResponseVariables.date(task, "newDueDate");
        LocalDate current = records.of(task).getDueDate();
        if (newDate == null || (current != null && !newDate.isAfter(current))) {
            throw new ProcessEngineException("Give the new date for the response: it must be after the current due date"
                    + (current == null ? "" : ", " + current));
        }
    }
}
