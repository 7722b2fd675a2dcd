package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.web.ListVariable;
import org.springframework.stereotype.Component;

/**
 * Records the formal dispute meeting: when it was held (within the formal stage, not in the
 * future), who attended by role (a list, however it is encoded, or one role a line), and the plan agreed.
 */
@Component("recordMeeting")
class RecordMeeting implements TaskListener {

    private static final ListVariable ATTENDEES = ListVariable.named("attendeesByRole", "[\"IRO\", \"Service manager\", \"Social worker\"]");

    private final DisputeRecords records;
    private final DateWords words;
    private final Clock clock;

    RecordMeeting(DisputeRecords records, DateWords words, Clock clock) {
        this.records = records;
        this.words = words;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate heldOn = TaskInput.requiredDate(task, "meetingHeldOn", "Enter the date the meeting was held");
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new ProcessEngineException("The meeting date cannot be in the future");
        }
        Dispute dispute = records.get(TaskInput.disputeId(task));
        LocalDate formalStage = dispute.getFormalStartedOn();
        if (formalStage != null && heldOn.isBefore(formalStage)) {
            throw new ProcessEngineException("The formal dispute meeting is part of the formal stage, which began on "
                    + words.date(formalStage) + ". Enter the date it was held, on or after that day");
        }
        List<String> attendees = ATTENDEES.textsOrLines(task).orElse(List.of());
        if (attendees.isEmpty()) {
            throw new ProcessEngineException("List who attended, by role (not by name)");
        }
        String plan = TaskInput.requiredText(task, "agreedPlan", "Record the plan agreed at the meeting");
        dispute.recordMeeting(heldOn, String.join("\n", attendees), plan);
        task.setVariable("meetingHeld", true);
    }
}
