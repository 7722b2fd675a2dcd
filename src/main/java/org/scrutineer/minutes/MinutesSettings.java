package org.scrutineer.minutes;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Minutes settings ({@code scrutineer.minutes.*}, set in {@code config/application.yaml}).
 *
 * @param recordWithinWorkingDays  the clerk's minutes are due this many working days after the meeting
 * @param approveWithinWorkingDays the chair's approval is due this many working days after the minutes are completed
 * @param publicForYears           published minutes stay on the public site this many years after the meeting
 * @param municipalYearBegins      the day the municipal year begins when no annual meeting is listed for it, as MM-DD
 * @param annualMeetings           the dates of the council's annual meetings: the first meeting after one restarts the minute numbers
 */
@ConfigurationProperties("scrutineer.minutes")
@Validated
public record MinutesSettings(@Positive int recordWithinWorkingDays, @Positive int approveWithinWorkingDays, @Positive int publicForYears,
                             @NotNull String municipalYearBegins, List<LocalDate> annualMeetings) {

    public MinutesSettings {
        MonthDay.parse("--" + municipalYearBegins);
        annualMeetings = annualMeetings == null ? List.of() : List.copyOf(annualMeetings);
    }

    /**
     * The first day of the municipal year that holds the day: the latest annual meeting listed on or
     * before it, within the year before it; otherwise the latest {@code municipalYearBegins} on or before it.
     */
    LocalDate municipalYearOf(LocalDate day) {
        MonthDay begins = MonthDay.parse("--" + municipalYearBegins);
        LocalDate fallback = begins.atYear(day.getYear()).isAfter(day) ? begins.atYear(day.getYear() - 1) : begins.atYear(day.getYear());
        return annualMeetings.stream().filter(d -> !d.isAfter(day) && d.isAfter(day.minusYears(1)))
                .max(LocalDate::compareTo).orElse(fallback);
    }

    /** Whether the public may still read the minutes of a meeting held on that day: for six years (as configured) after it. */
    boolean stillPublic(LocalDate meetingDay, LocalDate today) {
        return !today.isAfter(meetingDay.plusYears(publicForYears));
    }
}
