package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

    @Test
    void aTypedDateIsReadOrItsFieldGetsTheReasonInPlainWords() {
        EnteredDates dates = TestCalendars.enteredDates(firstOfDecember2026);
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(dates.read(errors, "madeOn", " 2026-06-30 ", "Give the date it was made")).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(dates.read(errors, "madeOn", "2026-06-30T00:00:00Z", "Give the date it was made")).as("a time after it is ignored")
                .isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(errors).isEmpty();

        assertThat(dates.read(errors, "missing", "  ", "Give the date it was made")).isNull();
        assertThat(dates.read(errors, "malformed", "30/06/2026", "Give the date it was made")).isNull();
        assertThat(dates.read(errors, "outside", "9999-12-31", "Give the date it was made")).isNull();
        assertThat(errors).containsExactly(
                Map.entry("missing", "Give the date it was made"),
                Map.entry("malformed", "Give the date as YYYY-MM-DD, for example 2026-12-01"),
                Map.entry("outside", "Give a date between 1 January 2000 and 1 December 2036"));
    }
}
