package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class DateWordsTest {

    private final DateWords words = new DateWords();

    @Test
    void saysDeadlinesAsPeopleDo() {
        assertThat(words.timeOnDate(LocalDateTime.parse("2025-03-12T17:00"))).isEqualTo("5pm on Wednesday 12 March 2025");
        assertThat(words.dateAtTime(LocalDateTime.parse("2025-03-18T14:30"))).isEqualTo("Tuesday 18 March 2025 at 2:30pm");
        assertThat(words.date(LocalDate.parse("2025-03-06"))).isEqualTo("Thursday 6 March 2025");
    }

    @Test
    void middayAndMidnightHaveNames() {
        assertThat(words.time(LocalTime.NOON)).isEqualTo("midday");
        assertThat(words.time(LocalTime.MIDNIGHT)).isEqualTo("midnight");
        assertThat(words.time(LocalTime.of(9, 5))).isEqualTo("9:05am");
        assertThat(words.time(LocalTime.of(12, 30))).isEqualTo("12:30pm");
    }
}
