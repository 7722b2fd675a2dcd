package org.scrutineer.recommendation;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.scrutineer.web.NotFound;
import org.springframework.stereotype.Component;

/** Finds the recommendation a process instance is about, from its {@code recommendationId} variable. */
@Component
class RecommendationRecords {

    private final RecommendationRepository recommendations;

    RecommendationRecords(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    Recommendation of(VariableScope scope) {
        long id = ((Number) scope.getVariable("recommendationId")).longValue();
        return recommendations.findById(id).orElseThrow(() -> NotFound.withId("recommendation", id));
    }
}
