package org.scrutineer.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dates Scrutineer works with: 1 January 1900 to 31 December 2199. A date outside them is a
 * mistake, not a deadline, and the calendar refuses to count towards one.
 */
public final class SupportedDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    public static final String OUT_OF_RANGE = "Give a date between 1900 and 2199";
    public static final String NOT_A_DATE = "Give the date as YYYY-MM-DD, for example 2025-03-23";

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The date itself; throws {@link IllegalArgumentException} with a reason for people if it is outside the range. */
    public static LocalDate check(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(OUT_OF_RANGE);
        }
        return date;
    }

    /** A date as a person typed it, as YYYY-MM-DD within the range; throws {@link IllegalArgumentException} with the reason. */
    public static LocalDate parse(String text) {
        try {
            return check(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NOT_A_DATE);
        }
    }
}
