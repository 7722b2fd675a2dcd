package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Notes that the respondent did not answer in time, which calls the formal dispute meeting. */
@Component("recordNoResponse")
class RecordNoResponse implements JavaDelegate {

    private final DisputeRecords records;
    private final Clock clock;

    RecordNoResponse(DisputeRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.of(execution).recordNoResponse(LocalDate.now(clock));
        execution.setVariable("noResponse", true);
    }
}
