package org.scrutineer.recommendation;

import java.time.Period;

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
 */
@ConfigurationProperties("scrutineer.recommendations")
public record RecommendationSettings(
        Integer sendWithinWorkingDays,
        Integer remindWorkingDaysBefore,
        Period progressUpdateEvery,
        Period outcomeWithin,
        Period lapseAfter,
        Integer taskWorkingDays) {

    public RecommendationSettings {
        sendWithinWorkingDays = sendWithinWorkingDays == null ? 5 : sendWithinWorkingDays;
        remindWorkingDaysBefore = remindWorkingDaysBefore == null ? 10 : remindWorkingDaysBefore;
        progressUpdateEvery = progressUpdateEvery == null ? Period.ofMonths(6) : progressUpdateEvery;
        outcomeWithin = outcomeWithin == null ? Period.ofMonths(6) : outcomeWithin;
        lapseAfter = lapseAfter == null ? Period.ofYears(1) : lapseAfter;
        taskWorkingDays = taskWorkingDays == null ? 10 : taskWorkingDays;
    }
}
