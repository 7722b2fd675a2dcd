package org.scrutineer.recommendation;

import java.util.Map;

/** A recommendation that cannot be recorded as given; field id to a message in plain English. */
public class RecommendationRefused extends RuntimeException {

    private final Map<String, String> errors;

    public RecommendationRefused(Map<String, String> errors) {
        super(String.join(". ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
