package org.scrutineer.meeting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The council's municipal years ({@code scrutineer.municipal-year.*}, set in {@code config/application.yaml}):
 * each begins at the annual meeting. Minute numbers run on through one, and a committee plans its work
 * programme for one.
 *
 * @param begins         the day a year begins when no annual meeting is listed for it, as MM-DD
 * @param annualMeetings the dates of the council's annual meetings
 */
@ConfigurationProperties("scrutineer.municipal-year")
@Validated
public record MunicipalYears(@NotNull String begins, List<LocalDate> annualMeetings) {

    public MunicipalYears {
        MonthDay.parse("--" + begins);
        annualMeetings = annualMeetings == null ? List.of() : List.copyOf(annualMeetings);
    }

    /**
     * The first day of the municipal year that holds the day: the latest annual meeting listed on or
     * before it, within the year before it; otherwise the latest {@code begins} on or before it.
     */
    public LocalDate startOf(LocalDate day) {
        MonthDay start = MonthDay.parse("--" + begins);
        LocalDate fallback = start.atYear(day.getYear()).isAfter(day) ? start.atYear(day.getYear() - 1) : start.atYear(day.getYear());
        return annualMeetings.stream().filter(d -> !d.isAfter(day) && d.isAfter(day.minusYears(1)))
                .max(LocalDate::compareTo).orElse(fallback);
    }

    /** The last day of the municipal year that holds the day. */
    public LocalDate endOf(LocalDate day) {
        return startOf(startOf(day).plusYears(1).plusDays(40)).minusDays(1);
    }
}
