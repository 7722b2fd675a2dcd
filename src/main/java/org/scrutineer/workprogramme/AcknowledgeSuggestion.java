package org.scrutineer.workprogramme;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.notification.Outbox;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Thanks the suggester for the topic and says what happens next. */
@Component("acknowledgeSuggestion")
class AcknowledgeSuggestion implements JavaDelegate {

    static final String MAIL = "topic-suggestion";

    private final TopicSuggestions suggestions;
    private final Outbox outbox;

    AcknowledgeSuggestion(TopicSuggestions suggestions, Outbox outbox) {
        this.suggestions = suggestions;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TopicSuggestion s = suggestions.get(ProcessVariables.of(execution).id("suggestionId"));
        outbox.enqueue(s.getEmail(), "workprogramme/mail/received", Map.of("suggestion", s,
                "committeeName", ProcessVariables.of(execution).text("committeeName", "the committee")), MAIL);
    }
}
