package org.scrutineer.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Working days in England and Wales: Monday to Friday that is not a bank holiday. Every deadline
 * in Scrutineer is computed here, between 1900 and 2199 ({@link SupportedDates}): counting from or
 * to a date outside them, or past them, throws {@link IllegalArgumentException} with a reason for people.
 */
public class WorkingDayCalendar {

    private final BankHolidays bankHolidays;
    private final SortedSet<Integer> coveredYears;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
        this.coveredYears = bankHolidays.years();
    }

    /** Whether the bank holidays of the date's year are known; outside them a working day is only a weekday. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** The last day of the last year whose bank holidays are known; empty when none are. */
    public Optional<LocalDate> coveredUntil() {
        return coveredYears.isEmpty() ? Optional.empty() : Optional.of(LocalDate.of(coveredYears.last(), 12, 31));
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
     * How many whole working days lie strictly between {@code before} and {@code after}: the "clear
     * days" an agenda published on {@code before} leaves before a meeting on {@code after}.
     */
    public int clearWorkingDaysBetween(LocalDate before, LocalDate after) {
        SupportedDates.check(before);
        SupportedDates.check(after);
        if (!before.isBefore(after)) {
            return 0;
        }
        return (int) before.plusDays(1).datesUntil(after).filter(this::isWorkingDay).count();
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
