package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EnteredDatesTest {

    private final Clock firstOfDecember2026 = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), AppClock.LONDON);

    @Test
    void byDefaultADateFrom2000ToTenYearsAheadMayBeEntered() {
        EnteredDates dates = TestCalendars.enteredDates(firstOfDecember2026);
        assertThat(dates.contains(LocalDate.parse("2000-01-01"))).isTrue();
        assertThat(dates.contains(LocalDate.parse("2036-12-01"))).isTrue();
        assertThat(dates.contains(LocalDate.parse("1999-12-31"))).isFalse();
        assertThat(dates.contains(LocalDate.parse("2036-12-02"))).isFalse();
        assertThat(dates.contains(LocalDate.parse("0000-01-01"))).isFalse();
        assertThat(dates.contains(LocalDate.parse("9999-01-01"))).isFalse();
        assertThat(dates.contains(LocalDate.MAX)).isFalse();
        assertThat(dates.contains(null)).isFalse();
    }

    @Test
    void theReasonSaysWhichDatesMayBeGiven() {
        EnteredDates dates = TestCalendars.enteredDates(firstOfDecember2026);
        assertThat(dates.contains(LocalDate.parse("+999999999-01-01"))).isFalse();
        assertThat(dates.reason()).isEqualTo("Give a date between 1 January 2000 and 1 December 2036");
    }

    @Test
    void theWindowIsTheCouncilsToSetAndMovesWithTheClock() {
        EnteredDates dates = new EnteredDates(new EnteredDateSettings(LocalDate.parse("2015-04-01"), 3), firstOfDecember2026, new DateWords());
        assertThat(dates.between()).isEqualTo("between 1 April 2015 and 1 December 2029");
        assertThat(dates.contains(LocalDate.parse("2015-03-31"))).isFalse();
        EnteredDates later = new EnteredDates(TestCalendars.shippedWindow(),
                Clock.fixed(Instant.parse("2030-06-15T09:00:00Z"), AppClock.LONDON), new DateWords());
        assertThat(later.reason()).isEqualTo("Give a date between 1 January 2000 and 15 June 2040");
    }
}
