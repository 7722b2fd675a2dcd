package org.scrutineer.question;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.agenda.QuestionAnswersPublished;
import org.scrutineer.notification.Outbox;
import org.scrutineer.web.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the question with its answers in the agenda supplement and emails the asker the answer. */
@Component("publishQuestion")
class PublishQuestion implements JavaDelegate {

    private final QuestionRecords records;
    private final QuestionLinks links;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PublishQuestion(QuestionRecords records, QuestionLinks links, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.records = records;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublicQuestion question = records.of(execution);
        question.publish(clock.instant());
        events.publishEvent(new QuestionAnswersPublished(question.getMeetingId()));
        outbox.enqueue(question.getEmail(), "question/mail/answer", Map.of(
                "question", question,
                "meetingTitle", ProcessVariables.of(execution).text("meetingTitle").orElse(""),
                "publishedUrl", links.publishedUrl(question.getMeetingId())), "question-answer");
    }
}
