package org.scrutineer.improvement;

import java.util.List;

/**
 * A recommendation as {@code POST /api/plans/{id}/recommendations} takes it: {@code source} is
 * {@code commissioner}, {@code ofsted} or {@code peer-review}; {@code status} {@code achieved},
 * {@code progress-made}, {@code progressing} or {@code not-started}; dates {@code YYYY-MM-DD};
 * {@code actions} the refs of the plan's actions that answer it.
 */
public record RecommendationRequest(String source, String madeOn, String text, String status, String reviewOn, List<String> actions) {
}
