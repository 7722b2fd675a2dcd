package org.scrutineer.dispute;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ListVariable;
import org.scrutineer.web.ProcessVariables;

/**
 * What the IRO entered about the formal dispute meeting in {@code holdDisputeMeeting}: when it was
 * held, who attended by role (a list, however it is encoded, or one role a line) and the plan agreed.
 */
record DisputeMeeting(LocalDate heldOn, List<String> attendees, String agreedPlan) {

    private static final ListVariable ATTENDEES = ListVariable.named("attendeesByRole", "[\"IRO\", \"Service manager\", \"Social worker\"]");

    static DisputeMeeting of(VariableScope scope) {
        LocalDate heldOn = heldOn(scope);
        ProcessVariables input = ProcessVariables.of(scope);
        List<String> attendees = input.textsOrLines(ATTENDEES).orElse(List.of());
        if (attendees.isEmpty()) {
            throw new EngineRuleRefusal("List who attended, by role (not by name)");
        }
        return new DisputeMeeting(heldOn, attendees, input.text("agreedPlan", "Record the plan agreed at the meeting"));
    }

    static LocalDate heldOn(VariableScope scope) {
        return ProcessVariables.of(scope).date("meetingHeldOn").orElseThrow(() -> new EngineRuleRefusal("Enter the date the meeting was held"));
    }
}
