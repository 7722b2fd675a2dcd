package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.identity.Roles;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Only the group configured for the recommendation's addressee records the response. A response
 * needs a decision, reasons unless it accepts or notes the recommendation, and who gave it when the
 * group records it on the addressee's behalf; an extension needs a reason and a later date.
 */
@Component("checkExecutiveResponse")
class CheckExecutiveResponse implements TaskListener {

    static final String NEW_DUE_DATE_UNREADABLE = "Enter the newDueDate as a date, like 2027-03-31";

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
        ProcessVariables input = ProcessVariables.of(task);
        if (input.ticked("requestExtension")) {
            checkExtension(input, r);
            return;
        }
        Decision decision = input.choice("decision", Decision::fromId).orElseThrow(() ->
                new EngineRuleRefusal("Choose the decision: accepted, partially-accepted, not-accepted or noted"));
        if (decision.needsReasons() && input.text("reasons").isEmpty()) {
            throw new EngineRuleRefusal("Give the reasons: they are required unless the recommendation is accepted or noted");
        }
        if (responseGroups.recordedOnBehalf(addressee) && input.text("respondedBy").isEmpty()) {
            throw new EngineRuleRefusal("Say who gave the response: you record it on behalf of " + addressee.words()
                    + ", so name the body or person it came from");
        }
        ActionPlan.of(task);
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

    private void checkExtension(ProcessVariables input, Recommendation r) {
        if (input.text("extensionReason").isEmpty()) {
            throw new EngineRuleRefusal("Give the reason for asking for more time: it is reported to the committee");
        }
        LocalDate newDate = input.date("newDueDate", NEW_DUE_DATE_UNREADABLE).orElse(null);
        LocalDate current = r.getDueDate();
        if (newDate == null || (current != null && !newDate.isAfter(current))) {
            throw new EngineRuleRefusal("Give the new date for the response: it must be after the current due date"
                    + (current == null ? "" : ", " + current));
        }
        if (!enteredDates.contains(newDate)) {
            throw new EngineRuleRefusal("The new date for the response must be " + enteredDates.between());
        }
    }
}
