package org.scrutineer.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The reviewer completes reviewRecommendation: the status, the note and the next review date are checked and kept. */
@Component("saveRecommendationReview")
class SaveRecommendationReview implements TaskListener {

    private final Recommendations recommendations;

    SaveRecommendationReview(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        recommendations.review(input.id("recommendationId"), input.text("status").orElse(null), input.text("note").orElse(null),
                input.text("nextReviewOn").orElse(null), user == null ? null : user.getUserId());
        for (String field : new String[] {"status", "note", "nextReviewOn"}) {
            task.getExecution().removeVariable(field);
        }
    }
}
