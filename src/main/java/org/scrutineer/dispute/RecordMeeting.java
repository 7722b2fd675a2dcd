package org.scrutineer.dispute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.scrutineer.web.RecordAfterTask;
import org.springframework.stereotype.Component;

/** Records the formal dispute meeting on the dispute: when it was held, who attended by role, and the plan agreed. */
@Component("recordMeeting")
class RecordMeeting extends RecordAfterTask {

    private final DisputeRecords records;

    RecordMeeting(CheckMeeting check, DisputeRecords records) {
        super(check);
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisputeMeeting meeting = DisputeMeeting.of(execution);
        records.of(execution).recordMeeting(meeting.heldOn(), String.join("\n", meeting.attendees()), meeting.agreedPlan());
        execution.setVariable("meetingHeld", true);
    }
}
