package org.scrutineer.recommendation;

import org.springframework.stereotype.Component;

/** Starts the recommendation-response process of a recommendation. */
@Component
class ResponseProcess {

    static final String KEY = "recommendation-response";

    void startFor(Recommendation recommendation) {
    }
}
