package org.scrutineer.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;

/**
 * The window of dates a person may enter ({@code scrutineer.calendar.entered-dates.*}, set in {@code config/application.yaml}).
 *
 * @param earliest   the earliest date anyone may enter
 * @param yearsAhead how many years after today the latest date lies
 */
@ConfigurationProperties("scrutineer.calendar.entered-dates")
@Validated
public record EnteredDateSettings(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate earliest, @NotNull Integer yearsAhead) {

    public EnteredDateSettings {
        if (earliest != null && yearsAhead != null && (!SupportedDates.contains(earliest) || yearsAhead < 0)) {
            throw new IllegalArgumentException("scrutineer.calendar.entered-dates needs an earliest date between 1900 and 2199"
                    + " and a number of years ahead that is not negative");
        }
    }
}
