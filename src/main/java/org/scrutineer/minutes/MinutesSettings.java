package org.scrutineer.minutes;

import java.time.LocalDate;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Minutes settings ({@code scrutineer.minutes.*}, set in {@code config/application.yaml}).
 *
 * @param recordWithinWorkingDays  the clerk's minutes are due this many working days after the meeting
 * @param approveWithinWorkingDays the chair's approval is due this many working days after the minutes are completed
 * @param publicForYears           published minutes stay on the public site this many years after the meeting
 */
@ConfigurationProperties("scrutineer.minutes")
@Validated
public record MinutesSettings(@Positive int recordWithinWorkingDays, @Positive int approveWithinWorkingDays, @Positive int publicForYears) {

    /** Whether the public may still read the minutes of a meeting held on that day: for six years (as configured) after it. */
    boolean stillPublic(LocalDate meetingDay, LocalDate today) {
        return !today.isAfter(meetingDay.plusYears(publicForYears));
    }
}
