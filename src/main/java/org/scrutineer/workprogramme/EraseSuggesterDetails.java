package org.scrutineer.workprogramme;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Erases the suggester's name, email and town the configured time after the outcome; the process never held them. */
@Component("eraseSuggesterDetails")
class EraseSuggesterDetails implements JavaDelegate {

    private final TopicSuggestionRepository suggestions;
    private final Clock clock;

    EraseSuggesterDetails(TopicSuggestionRepository suggestions, Clock clock) {
        this.suggestions = suggestions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        suggestions.findById(ProcessVariables.of(execution).id("suggestionId")).ifPresent(s -> s.eraseContactDetails(clock.instant()));
    }
}
