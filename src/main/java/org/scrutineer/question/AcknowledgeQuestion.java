package org.scrutineer.question;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.notification.Outbox;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

@Component("acknowledgeQuestion")
class AcknowledgeQuestion implements JavaDelegate {

    private final QuestionRecords records;
    private final QuestionLinks links;
    private final Outbox outbox;

    AcknowledgeQuestion(QuestionRecords records, QuestionLinks links, Outbox outbox) {
        this.records = records;
        this.links = links;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublicQuestion question = records.of(execution);
        outbox.enqueue(question.getEmail(), "question/mail/acknowledgement", Map.of(
                "question", question,
                "meetingTitle", ProcessVariables.of(execution).text("meetingTitle").orElse(""),
                "withdrawUrl", links.withdrawUrl(question.getReference())), "question-acknowledgement");
    }
}
