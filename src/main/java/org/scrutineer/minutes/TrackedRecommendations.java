package org.scrutineer.minutes;

import java.util.List;
import java.util.Map;

/**
 * What the tracker already holds of a meeting's recommendations, so that the minutes refuse a
 * correction the tracker cannot follow. The recommendation lifecycle implements it.
 */
public interface TrackedRecommendations {

    /**
     * The reason, by {@link ResolvedRecommendation#key()}, for each change the minutes may not make: a
     * recommendation already sent cannot be taken out or changed, and one taken out before it was sent
     * needs the reason it is withdrawn ({@code withdrawals}, by key).
     */
    Map<String, String> refusals(long meetingId, List<ResolvedRecommendation> resolved, Map<String, String> withdrawals);
}
