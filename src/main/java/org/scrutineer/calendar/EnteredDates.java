package org.scrutineer.calendar;

import java.time.Clock;
import java.time.LocalDate;

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
}
