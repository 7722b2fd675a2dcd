package org.scrutineer.question;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
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
        ProcessVariables input = ProcessVariables.of(execution);
        boolean accepted = input.text("decision").filter("accept"::equals).isPresent();
        if (accepted) {
            question.accept(input.text("publishedText").orElse(null));
        } else {
            question.reject(input.choice("rejectionReason", RejectionReason::fromId).orElseThrow());
        }
        execution.setVariable("accepted", accepted);
        execution.setVariable("questionForPublication", question.getTextForPublication());
    }
}
