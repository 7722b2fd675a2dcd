package org.scrutineer.calendar;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The window of dates a person may enter ({@code scrutineer.calendar.entered-dates.*}).
 *
 * @param earliest   the earliest date anyone may enter
 * @param yearsAhead how many years after today the latest date lies
 */
@ConfigurationProperties("scrutineer.calendar.entered-dates")
public record EnteredDateSettings(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate earliest, Integer yearsAhead) {

    public EnteredDateSettings {
        earliest = earliest == null ? LocalDate.of(2000, 1, 1) : earliest;
        yearsAhead = yearsAhead == null ? 10 : yearsAhead;
        if (!SupportedDates.contains(earliest) || yearsAhead < 0) {
            throw new IllegalArgumentException("scrutineer.calendar.entered-dates needs an earliest date between 1900 and 2199"
                    + " and a number of years ahead that is not negative");
        }
    }
}
