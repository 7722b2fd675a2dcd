package org.scrutineer.question;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records what happened at the meeting for the minutes, and whether a written answer is to follow. */
@Component("saveSupplementary")
class SaveSupplementary implements JavaDelegate {

    private final QuestionRecords records;
    private final QuestionDates dates;

    SaveSupplementary(QuestionRecords records, QuestionDates dates) {
        this.records = records;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublicQuestion question = records.of(execution);
        ProcessVariables input = ProcessVariables.of(execution);
        boolean asked = input.ticked("supplementaryAsked");
        boolean written = asked && input.text("supplementaryAnswerMode").filter("written"::equals).isPresent();
        question.recordSupplementary(asked, input.text("supplementaryText").orElse(null),
                written ? null : input.text("supplementaryAnswer").orElse(null),
                written ? dates.writtenAnswerDay(question.getMeetingId()) : null);
        execution.setVariable("writtenAnswerToFollow", written);
    }
}
