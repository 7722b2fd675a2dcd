package org.scrutineer.recommendation;

import java.time.Period;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Recommendation settings ({@code scrutineer.recommendations.*}, set in {@code config/application.yaml}).
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
@Validated
public record RecommendationSettings(
        @NotNull Integer sendWithinWorkingDays,
        @NotNull Integer remindWorkingDaysBefore,
        @NotNull Period progressUpdateEvery,
        @NotNull Period outcomeWithin,
        @NotNull Period lapseAfter,
        @NotNull Integer taskWorkingDays,
        @NotNull Map<String, String> responseGroups,
        @NotNull List<String> recordedOnBehalf,
        @NotNull Map<String, List<String>> decisionWordings) {

    public RecommendationSettings {
        responseGroups = responseGroups == null ? null : Map.copyOf(responseGroups);
        recordedOnBehalf = recordedOnBehalf == null ? null : List.copyOf(recordedOnBehalf);
        decisionWordings = decisionWordings == null ? null : Map.copyOf(decisionWordings);
    }
}
