package org.scrutineer.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A date as a person types it into a form's day, month and year boxes. */
public final class TypedDate {

    private TypedDate() {
    }

    /** The date the three boxes give; null when any is empty or they are not a date. */
    public static LocalDate of(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** Whether all three boxes were left empty. */
    public static boolean empty(String day, String month, String year) {
        return blank(day) && blank(month) && blank(year);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
