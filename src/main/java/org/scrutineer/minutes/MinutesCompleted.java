package org.scrutineer.minutes;

import java.util.List;
import java.util.Map;

/**
 * The clerk completed a meeting's minutes, the first time or again after a return or a correction:
 * every recommendation and action they now hold, and the reason for each recommendation taken out
 * (by {@link ResolvedRecommendation#key()}). Listeners act on each exactly once, by its meeting,
 * minute and number: the recommendation lifecycle tracks the recommendations; the actions are the
 * place where tracked actions start.
 */
public record MinutesCompleted(long meetingId, List<ResolvedRecommendation> recommendations, List<ResolvedAction> actions,
                               Map<String, String> withdrawals) {
}
