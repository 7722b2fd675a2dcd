package org.scrutineer.workprogramme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Democratic services complete screenTopicSuggestion: the decision is checked and recorded, with the item it made or joined. */
@Component("recordSuggestionDecision")
class RecordSuggestionDecision implements TaskListener {

    private final TopicSuggestions suggestions;

    RecordSuggestionDecision(TopicSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        TopicSuggestion s = suggestions.decide(input.id("suggestionId"), input.text("decision").orElse(null),
                input.text("declineReason").orElse(null), input.number("mergeInto").orElse(null));
        task.getExecution().setVariable("decision", input.text("decision").orElseThrow());
        if (s.getItemId() != null) {
            task.getExecution().setVariable("itemId", s.getItemId());
        }
    }
}
