package org.scrutineer.dispute;

import java.time.LocalDate;
import java.util.Map;

/**
 * The weekly performance figures: counts only, never a case. Open and overdue figures are as at
 * the end of {@code weekEnding}; the shares cover disputes closed in the twelve months to it.
 *
 * @param openByStage       open disputes by stage (informal, formal, cafcass)
 * @param openByStageAndAge open disputes by stage, then by working days since the stage's day 0
 * @param overdue           open disputes past their stage's deadline (informal day 5, formal day 20, or the IRO's shorter date)
 * @param openByCategory    open disputes by category
 * @param resolvedAtInformalStage    of the disputes closed in the period, those resolved at the informal stage
 * @param formalResolvedWithinTwentyWorkingDays of the formal disputes closed in the period, those resolved within 20 working days of formal day 0
 */
public record DisputeReportFigures(
        LocalDate weekEnding,
        LocalDate weekStarting,
        LocalDate periodStarting,
        int open,
        Map<String, Integer> openByStage,
        Map<String, Map<String, Integer>> openByStageAndAge,
        int overdue,
        Map<String, Integer> openByCategory,
        int raisedInWeek,
        int closedInWeek,
        Share resolvedAtInformalStage,
        Share formalResolvedWithinTwentyWorkingDays) {

    /** {@code count} of {@code of}, and the whole percentage (null when there is nothing to count). */
    public record Share(int count, int of, Integer percent) {

        static Share of(int count, int of) {
            return new Share(count, of, of == 0 ? null : Math.round(100f * count / of));
        }

        public String inWords() {
            return percent == null ? "none closed" : percent + "% (" + count + " of " + of + ")";
        }
    }
}
