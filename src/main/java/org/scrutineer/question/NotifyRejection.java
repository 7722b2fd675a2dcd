package org.scrutineer.question;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.notification.Outbox;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

@Component("notifyRejection")
class NotifyRejection implements JavaDelegate {

    private final QuestionRecords records;
    private final Outbox outbox;

    NotifyRejection(QuestionRecords records, Outbox outbox) {
        this.records = records;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublicQuestion question = records.of(execution);
        RejectionReason reason = RejectionReason.fromId(question.getRejectionReason()).orElseThrow();
        outbox.enqueue(question.getEmail(), "question/mail/rejection", Map.of(
                "question", question,
                "meetingTitle", ProcessVariables.of(execution).text("meetingTitle").orElse(""),
                "because", reason.because()), "question-rejection");
    }
}
