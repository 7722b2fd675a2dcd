package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the formal dispute meeting: when it was held, who attended by role, and the plan agreed. */
@Component("recordMeeting")
class RecordMeeting implements TaskListener {

    private final DisputeRecords records;
    private final Clock clock;

    RecordMeeting(DisputeRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate heldOn = TaskInput.requiredDate(task, "meetingHeldOn", "Enter the date the meeting was held");
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new ProcessEngineException("The meeting date cannot be in the future");
        }
        String attendees = TaskInput.requiredText(task, "attendeesByRole", "List who attended, by role (not by name)");
        String plan = TaskInput.requiredText(task, "agreedPlan", "Record the plan agreed at the meeting");
        records.get(TaskInput.disputeId(task)).recordMeeting(heldOn, attendees, plan);
        task.setVariable("meetingHeld", true);
    }
}
