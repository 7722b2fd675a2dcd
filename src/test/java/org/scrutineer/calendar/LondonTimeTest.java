package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** Due dates are London times, in winter and in summer, whatever zone the machine or the clock is in. */
class LondonTimeTest {

    @Test
    void theEndOfAWorkingDayIsFivePmInLondon() {
        assertThat(LondonTime.endOfWorkingDay(LocalDate.parse("2027-01-12"))).isEqualTo(Date.from(Instant.parse("2027-01-12T17:00:00Z")));
        assertThat(LondonTime.endOfWorkingDay(LocalDate.parse("2027-06-15"))).as("British Summer Time")
                .isEqualTo(Date.from(Instant.parse("2027-06-15T16:00:00Z")));
    }

    @Test
    void aTimeOnADateIsThatLondonTime() {
        assertThat(LondonTime.at(LocalDate.parse("2027-03-29"), LocalTime.of(9, 0))).as("the day after the clocks go forward")
                .isEqualTo(Date.from(Instant.parse("2027-03-29T08:00:00Z")));
        assertThat(LondonTime.at(LocalDateTime.parse("2027-12-01T08:00"))).isEqualTo(Date.from(Instant.parse("2027-12-01T08:00:00Z")));
    }

    @Test
    void anInstantReadsAsItsLondonTimeAndTodayIsTheLondonDay() {
        assertThat(LondonTime.of(Date.from(Instant.parse("2027-06-15T16:00:00Z")))).isEqualTo(LocalDateTime.parse("2027-06-15T17:00"));
        Clock utcJustBeforeMidnight = Clock.fixed(Instant.parse("2027-06-15T23:30:00Z"), ZoneOffset.UTC);
        assertThat(LondonTime.today(utcJustBeforeMidnight)).as("already the 16th in London").isEqualTo(LocalDate.parse("2027-06-16"));
    }
}
