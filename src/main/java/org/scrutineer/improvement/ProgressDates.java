package org.scrutineer.improvement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The dates of a round of progress updates: the board it is for, the day the update is due (working
 * days before the board) and the day it is asked for, each from the one calendar.
 */
@Component
class ProgressDates {

    /** One round: the lead is asked on {@code opens} for the board of {@code board}, by {@code due}. */
    record Round(LocalDate board, LocalDate due, LocalDate opens) {
    }

    private final ProgressSettings settings;
    private final WorkingDayCalendar calendar;

    ProgressDates(ProgressSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** The board meeting of the month. */
    LocalDate board(YearMonth month) {
        return settings.boardWeekOfMonth() < 0
                ? month.atDay(1).with(TemporalAdjusters.lastInMonth(settings.boardDay()))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(settings.boardWeekOfMonth(), settings.boardDay()));
    }

    /** The last board before the day: the report before this one. */
    LocalDate boardBefore(LocalDate day) {
        LocalDate board = board(YearMonth.from(day));
        return board.isBefore(day) ? board : board(YearMonth.from(day).minusMonths(1));
    }

    Round round(LocalDate board) {
        LocalDate due = calendar.addWorkingDays(board, -settings.updateDueWorkingDaysBeforeBoard());
        return new Round(board, due, calendar.addWorkingDays(due, -settings.updateOpensWorkingDaysBeforeDue()));
    }

    /**
     * The next round: {@code updatesEveryMonths} boards after the last one asked for, and never one
     * whose update was due before today; for an action not yet asked, the first whose update is not past.
     */
    Round next(LocalDate lastBoard, LocalDate today) {
        YearMonth month = lastBoard == null ? YearMonth.from(today) : YearMonth.from(lastBoard).plusMonths(settings.updatesEveryMonths());
        Round round = round(board(month));
        while (round.due().isBefore(today)) {
            month = month.plusMonths(1);
            round = round(board(month));
        }
        return round;
    }
}
