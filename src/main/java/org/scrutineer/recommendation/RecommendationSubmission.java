package org.scrutineer.recommendation;

/**
 * A recommendation as a committee resolved it. {@code portfolioHolder} is optional: the user id
 * of the cabinet member whose portfolio it falls in, who is then asked for the response.
 */
public record RecommendationSubmission(Long meetingId, String topic, String number, String text, String addressee,
                                       String scrutinyType, String portfolioHolder) {
}
