package org.scrutineer.improvement;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When actions' leads are asked for progress ({@code scrutineer.improvement.*}, set in {@code config/application.yaml}).
 *
 * @param boardDay                          the day of the week the improvement board meets
 * @param boardWeekOfMonth                  which of the month's {@code boardDay}s: 1 to 4, or -1 for the last
 * @param updatesEveryMonths                each lead is asked before every board, or every so many
 * @param updateDueWorkingDaysBeforeBoard   the update is due this many working days before the board
 * @param updateOpensWorkingDaysBeforeDue   and is asked for this many working days before it is due
 * @param actualDueWorkingDaysAfterQuarter  a measure's actual is due this many working days after its quarter ends
 * @param measureTolerancePercent           an actual this share of its target from it, on the wrong side, is near target
 * @param reviewDueWorkingDays              a recommendation's review is due this many working days after its review date
 * @param askedAt                           the time of day an update or a review is asked for
 */
@ConfigurationProperties("scrutineer.improvement")
@Validated
public record ProgressSettings(@NotNull DayOfWeek boardDay, @Min(-1) @Max(4) int boardWeekOfMonth, @Positive int updatesEveryMonths,
                               @PositiveOrZero int updateDueWorkingDaysBeforeBoard, @PositiveOrZero int updateOpensWorkingDaysBeforeDue,
                               @PositiveOrZero int actualDueWorkingDaysAfterQuarter, @NotNull @PositiveOrZero BigDecimal measureTolerancePercent,
                               @PositiveOrZero int reviewDueWorkingDays, @NotNull LocalTime askedAt) {

    public ProgressSettings {
        if (boardWeekOfMonth == 0) {
            throw new IllegalArgumentException("scrutineer.improvement.board-week-of-month is 1 to 4, or -1 for the last week");
        }
    }
}
