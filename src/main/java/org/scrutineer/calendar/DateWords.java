package org.scrutineer.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dates and times in the words GOV.UK style uses: "5pm on Wednesday 12 March 2025". */
@Component("words")
public class DateWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    public String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    /** "5pm on Wednesday 12 March 2025" */
    public String timeOnDate(LocalDateTime dateTime) {
        return dateTime == null ? "" : time(dateTime.toLocalTime()) + " on " + date(dateTime.toLocalDate());
    }

    /** "Wednesday 12 March 2025 at 5pm" */
    public String dateAtTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : date(dateTime.toLocalDate()) + " at " + time(dateTime.toLocalTime());
    }

    /** An instant, as it was in London: "Wednesday 12 March 2025 at 5pm". */
    public String dateAtTime(Instant instant) {
        return instant == null ? "" : dateAtTime(LocalDateTime.ofInstant(instant, AppClock.LONDON));
    }

    /** The London day of an instant: "12 March 2025". */
    public String shortDate(Instant instant) {
        return instant == null ? "" : shortDate(LocalDate.ofInstant(instant, AppClock.LONDON));
    }
}
