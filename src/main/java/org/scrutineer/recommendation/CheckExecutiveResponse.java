package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Only the group configured for the recommendation's addressee records the response. A response
 * needs a decision, reasons unless it accepts or notes the recommendation, and who gave it when the
 * group records it on the addressee's behalf; an extension needs a reason and a later date.
 */
@Component("checkExecutiveResponse")
class CheckExecutiveResponse implements TaskListener {

    private final IdentityService identityService;
    private final RecommendationRecords records;
    private final ResponseGroups responseGroups;
    private final EnteredDates enteredDates;

    CheckExecutiveResponse(IdentityService identityService, RecommendationRecords records, ResponseGroups responseGroups,
                           EnteredDates enteredDates) {
        this.identityService = identityService;
        this.records = records;
        this.responseGroups = responseGroups;
        this.enteredDates = enteredDates;
    }

    @Override
    public void notify(DelegateTask task) {
        Recommendation r = records.of(task);
        Addressee addressee = r.addresseeKind();
        checkRecorder(addressee);
        if (ResponseVariables.extensionRequested(task)) {
            checkExtension(task, r);
            return;
        }
        Decision decision = Decision.fromId(String.valueOf(task.getVariable("decision"))).orElseThrow(() ->
                new ProcessEngineException("Choose the decision: accepted, partially-accepted, not-accepted or noted"));
        if (decision.needsReasons() && ResponseVariables.text(task, "reasons") == null) {
            throw new ProcessEngineException("Give the reasons: they are required unless the recommendation is accepted or noted");
        }
        if (responseGroups.recordedOnBehalf(addressee) && ResponseVariables.text(task, "respondedBy") == null) {
            throw new ProcessEngineException("Say who gave the response: you record it on behalf of " + addressee.words()
                    + ", so name the body or person it came from");
        }
        ResponseVariables.actions(task);
    }

    private void checkRecorder(Addressee addressee) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null) {
            return;
        }
        String group = responseGroups.of(addressee);
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (!groups.contains(group) && !groups.contains(Roles.ADMIN)) {
            throw new AuthorizationException("Only the " + group + " group records the response to a recommendation to "
                    + addressee.words() + ", and " + user.getUserId() + " is not in it");
        }
    }

    private void checkExtension(DelegateTask task, Recommendation r) {
        if (ResponseVariables.text(task, "extensionReason") == null) {
            throw new ProcessEngineException("Give the reason for asking for more time: it is reported to the committee");
        }
        LocalDate newDate = ResponseVariables.date(task, "newDueDate");
        LocalDate current = r.getDueDate();
        if (newDate == null || (current != null && !newDate.isAfter(current))) {
            throw new ProcessEngineException("Give the new date for the response: it must be after the current due date"
                    + (current == null ? "" : ", " + current));
        }
        if (!enteredDates.contains(newDate)) {
            throw new ProcessEngineException("The new date for the response must be " + enteredDates.between());
        }
    }
}
