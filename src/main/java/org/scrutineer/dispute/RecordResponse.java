package org.scrutineer.dispute;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps the respondent's answer on the dispute; an empty answer is refused. */
@Component("recordResponse")
class RecordResponse implements TaskListener {

    private final DisputeRecords records;

    RecordResponse(DisputeRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        String response = TaskInput.requiredText(task, "response", "Write your response to the dispute");
        records.get(TaskInput.disputeId(task)).recordResponse(response);
    }
}
