package org.scrutineer.recommendation;

import org.scrutineer.web.NotFound;
import org.scrutineer.web.ProcessRecords;
import org.springframework.stereotype.Component;

/** Finds the recommendation a process instance is about, from its {@code recommendationId} variable. */
@Component
class RecommendationRecords extends ProcessRecords<Recommendation> {

    RecommendationRecords(RecommendationRepository recommendations) {
        super("recommendationId", recommendations, id -> NotFound.withId("recommendation", id));
    }
}
