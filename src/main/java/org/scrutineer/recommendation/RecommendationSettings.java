package org.scrutineer.recommendation;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Recommendation settings ({@code scrutineer.recommendations.*}).
 *
 * @param sendWithinWorkingDays     how long the statutory scrutiny officer has to send a recommendation
 * @param remindWorkingDaysBefore   the executive is reminded this many working days before the response is due
 * @param progressUpdateEvery       how often the owner of an accepted action reports progress
 * @param outcomeWithin             how long after the response the committee has to agree the outcome
 * @param lapseAfter                how long after sending, with no response, a recommendation may be closed as lapsed
 * @param taskWorkingDays           the working days given for the other tasks (progress updates, lapse confirmation)
 * @param responseGroups            by addressee, the group that records the response
 * @param recordedOnBehalf          the addressees whose response that group records for them, and so must say who gave it
 * @param decisionWordings          by decision, the words an imported tracker may begin a response with to state it
 */
@ConfigurationProperties("scrutineer.recommendations")
public record RecommendationSettings(
        Integer sendWithinWorkingDays,
        Integer remindWorkingDaysBefore,
        Period progressUpdateEvery,
        Period outcomeWithin,
        Period lapseAfter,
        Integer taskWorkingDays,
        Map<String, String> responseGroups,
        List<String> recordedOnBehalf,
        Map<String, List<String>> decisionWordings) {

    static final Map<String, String> RESPONSE_GROUPS = Map.of(
            "executive", "cabinet",
            "cabinet-member", "cabinet",
            "council", "democratic-services",
            "partner", "statutory-scrutiny-officer",
            "officer", "statutory-scrutiny-officer");

    static final List<String> RECORDED_ON_BEHALF = List.of("council", "partner", "officer");

    static final Map<String, List<String>> DECISION_WORDINGS = Map.of(
            "accepted", List.of("Accepted", "Agreed", "Resolved"),
            "partially-accepted", List.of("Partially accepted", "Partially", "Partly", "Accepted in part", "Agreed in part"),
            "not-accepted", List.of("Not accepted", "Rejected", "Not agreed"),
            "noted", List.of("Noted", "Cabinet acknowledged", "Acknowledged"));

    public RecommendationSettings {
        sendWithinWorkingDays = sendWithinWorkingDays == null ? 5 : sendWithinWorkingDays;
        remindWorkingDaysBefore = remindWorkingDaysBefore == null ? 10 : remindWorkingDaysBefore;
        progressUpdateEvery = progressUpdateEvery == null ? Period.ofMonths(6) : progressUpdateEvery;
        outcomeWithin = outcomeWithin == null ? Period.ofMonths(6) : outcomeWithin;
        lapseAfter = lapseAfter == null ? Period.ofYears(1) : lapseAfter;
        taskWorkingDays = taskWorkingDays == null ? 10 : taskWorkingDays;
        responseGroups = withDefaults(RESPONSE_GROUPS, responseGroups);
        recordedOnBehalf = recordedOnBehalf == null ? RECORDED_ON_BEHALF : List.copyOf(recordedOnBehalf);
        decisionWordings = withDefaults(DECISION_WORDINGS, decisionWordings);
    }

    private static <V> Map<String, V> withDefaults(Map<String, V> defaults, Map<String, V> given) {
        Map<String, V> all = new LinkedHashMap<>(defaults);
        if (given != null) {
            all.putAll(given);
        }
        return Map.copyOf(all);
    }
}
