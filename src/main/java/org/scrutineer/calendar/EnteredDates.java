package org.scrutineer.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The dates a person may enter anywhere in Scrutineer: from a fixed earliest day (1 January 2000
 * by default) to some years after today (10 by default). Much narrower than
 * {@link SupportedDates}, the dates the calendar can count with: a meeting in the year 9999 or a
 * dispute notified in the year 0 is a typing mistake, refused before anything is counted from it.
 */
@Component
public class EnteredDates {

    private final EnteredDateSettings settings;
    private final Clock clock;
    private final DateWords words;

    public EnteredDates(EnteredDateSettings settings, Clock clock, DateWords words) {
        this.settings = settings;
        this.clock = clock;
        this.words = words;
    }

    public LocalDate earliest() {
        return settings.earliest();
    }

    public LocalDate latest() {
        return LondonTime.today(clock).plusYears(settings.yearsAhead());
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(earliest()) && !date.isAfter(latest());
    }

    /** "between 1 January 2000 and 1 December 2036" */
    public String between() {
        return "between " + words.shortDate(earliest()) + " and " + words.shortDate(latest());
    }

    /** "Give a date between 1 January 2000 and 1 December 2036" */
    public String reason() {
        return "Give a date " + between();
    }

    /**
     * The date typed as YYYY-MM-DD, a time after it ignored; or null, with the reason under
     * {@code field}: {@code missing} when nothing was typed, the form expected, or the dates that
     * may be given.
     */
    public LocalDate read(Map<String, String> errors, String field, String text, String missing) {
        if (text == null || text.isBlank()) {
            errors.put(field, missing);
            return null;
        }
        String typed = text.strip();
        try {
            LocalDate date = LocalDate.parse(typed.length() > 10 ? typed.substring(0, 10) : typed);
            if (!contains(date)) {
                errors.put(field, reason());
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, "Give the date as YYYY-MM-DD, for example " + LondonTime.today(clock));
            return null;
        }
    }
}
