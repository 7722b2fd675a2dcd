package org.scrutineer.dispute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.scrutineer.web.ProcessVariables;
import org.scrutineer.web.RecordAfterTask;
import org.springframework.stereotype.Component;

/** Keeps the respondent's answer on the dispute. */
@Component("recordResponse")
class RecordResponse extends RecordAfterTask {

    private final DisputeRecords records;

    RecordResponse(CheckResponse check, DisputeRecords records) {
        super(check);
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.of(execution).recordResponse(ProcessVariables.of(execution).text("response", CheckResponse.MISSING));
    }
}
