package org.scrutineer.question;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
        boolean asked = Boolean.TRUE.equals(execution.getVariable("supplementaryAsked"));
        boolean written = asked && "written".equals(execution.getVariable("supplementaryAnswerMode"));
        Object text = execution.getVariable("supplementaryText");
        Object answer = execution.getVariable("supplementaryAnswer");
        question.recordSupplementary(asked, text == null ? null : text.toString(),
                written || answer == null ? null : answer.toString(),
                written ? dates.writtenAnswerDay(question.getMeetingId()) : null);
        execution.setVariable("writtenAnswerToFollow", written);
    }
}
