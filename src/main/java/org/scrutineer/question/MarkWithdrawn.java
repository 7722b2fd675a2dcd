package org.scrutineer.question;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("markWithdrawn")
class MarkWithdrawn implements JavaDelegate {

    private final QuestionRecords records;
    private final Clock clock;

    MarkWithdrawn(QuestionRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.of(execution).withdraw(clock.instant());
        execution.setVariable("accepted", false);
    }
}
