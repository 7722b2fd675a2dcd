package org.scrutineer.workprogramme;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.scrutineer.meeting.TaskSubject;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** A suggestion's task is named for its topic: "Screen the suggested topic: Youth clubs' funding". */
@Component
class SuggestionTaskSubject implements TaskSubject {

    @Override
    public Set<String> processKeys() {
        return Set.of(TopicSuggestions.PROCESS);
    }

    @Override
    public About about(DelegateTask task) {
        String topic = ProcessVariables.of(task).text("topic", "a topic");
        return About.of(topic.length() > 80 ? topic.substring(0, 77) + "..." : topic);
    }
}
