package org.scrutineer.recommendation;

public class RecommendationNotFoundException extends RuntimeException {

    public RecommendationNotFoundException(long id) {
        super("There is no recommendation with the id " + id);
    }
}
