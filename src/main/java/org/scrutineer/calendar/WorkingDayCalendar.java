package org.scrutineer.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days in England and Wales: Monday to Friday that is not a bank holiday. Every deadline
 * in Scrutineer is computed here, between 1900 and 2199 ({@link SupportedDates}): counting from or
 * to a date outside them, or past them, throws {@link IllegalArgumentException} with a reason for people.
 */
public class WorkingDayCalendar {

    private final BankHolidays bankHolidays;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /**
     * The Nth working day after {@code from} (or before it, for negative N). {@code from} itself is
     * day 0, so {@code addWorkingDays(d, 0)} is {@code d}.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        int step = days < 0 ? -1 : 1;
        long wanted = Math.abs((long) days);
        LocalDate date = SupportedDates.check(from);
        for (long counted = 0; counted < wanted; ) {
            date = SupportedDates.check(date.plusDays(step));
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The latest day that leaves {@code clearDays} whole working days strictly between it and
     * {@code date}: the last day to publish an agenda that must be out "N clear days" before.
     */
    public LocalDate clearWorkingDaysBefore(LocalDate date, int clearDays) {
        return addWorkingDays(date, -(clearDays + 1));
    }

    /**
     * How many working days {@code to} lies after {@code from}, counted as {@link #addWorkingDays}
     * counts them: the working days in (from, to] going forward, or in [to, from) going back, negated.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        SupportedDates.check(from);
        SupportedDates.check(to);
        if (to.isBefore(from)) {
            return (int) -to.datesUntil(from).filter(this::isWorkingDay).count();
        }
        return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = SupportedDates.check(date);
        while (!isWorkingDay(d)) {
            d = SupportedDates.check(d.plusDays(1));
        }
        return d;
    }
}
