package org.scrutineer.dispute;

import java.util.Optional;
import java.util.Set;

/** The IRO's decision on a response, in {@code reviewInformalResponse} and {@code reviewFormalResponse}. */
final class ReviewDecision {

    static final String RESOLVE = "resolve";
    static final String ESCALATE = "escalate";
    static final String NO_RESOLUTION = "Record how the dispute was resolved";

    private ReviewDecision() {
    }

    static Optional<String> of(String id) {
        return Optional.of(id).filter(Set.of(RESOLVE, ESCALATE)::contains);
    }
}
