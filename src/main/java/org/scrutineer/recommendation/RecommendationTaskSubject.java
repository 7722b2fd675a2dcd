package org.scrutineer.recommendation;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.scrutineer.meeting.TaskSubject;
import org.springframework.stereotype.Component;

/**
 * A recommendation's tasks, and those of its actions' follow-ups, name it by its topic and number
 * and the meeting that made it: "Record the response: Foster placements, recommendation 3 (meeting 4 February)".
 */
@Component
class RecommendationTaskSubject implements TaskSubject {

    private final RecommendationRecords recommendations;

    RecommendationTaskSubject(RecommendationRecords recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ResponseProcess.KEY, "recommendation-action-follow-up");
    }

    @Override
    public About about(DelegateTask task) {
        Recommendation r = recommendations.of(task);
        return About.atMeeting(r.getTopic() + ", recommendation " + r.getNumber(), r.getMeetingDate());
    }
}
