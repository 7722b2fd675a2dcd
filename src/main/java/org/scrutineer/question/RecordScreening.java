package org.scrutineer.question;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordScreening")
class RecordScreening implements JavaDelegate {

    private final QuestionRecords records;

    RecordScreening(QuestionRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublicQuestion question = records.of(execution);
        boolean accepted = "accept".equals(execution.getVariable("decision"));
        if (accepted) {
            Object edited = execution.getVariable("publishedText");
            question.accept(edited == null ? null : edited.toString());
        } else {
            question.reject(RejectionReason.fromId(String.valueOf(execution.getVariable("rejectionReason"))).orElseThrow());
        }
        execution.setVariable("accepted", accepted);
        execution.setVariable("questionForPublication", question.getTextForPublication());
    }
}
