package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = TestCalendars.englandAndWales();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class WhatIsAWorkingDay {

        @ParameterizedTest(name = "{0} is a working day: {1}")
        @CsvSource({
                "2025-03-14, true",   // Friday
                "2025-03-15, false",  // Saturday
                "2025-03-16, false",  // Sunday
                "2025-03-17, true",   // Monday
                "2025-04-18, false",  // Good Friday
                "2025-04-21, false",  // Easter Monday
                "2025-04-22, true",   // the Tuesday after Easter
                "2024-03-29, false",  // Good Friday 2024
                "2024-04-01, false",  // Easter Monday 2024
                "2021-12-27, false",  // Christmas Day substitute (25th was a Saturday)
                "2021-12-28, false",  // Boxing Day substitute (26th was a Sunday)
                "2022-01-03, false",  // New Year's Day substitute (1st was a Saturday)
                "2022-12-26, false",  // Boxing Day
                "2022-12-27, false",  // Christmas Day substitute (25th was a Sunday)
                "2023-01-02, false",  // New Year's Day substitute (1st was a Sunday)
                "2020-05-08, false",  // VE Day: the early May holiday moved to a Friday
                "2020-05-04, true",   // the Monday it would otherwise have been
                "2022-06-02, false",  // Spring bank holiday moved for the Platinum Jubilee
                "2022-06-03, false",  // Platinum Jubilee
                "2022-05-30, true",   // the last Monday in May 2022 was a working day
                "2022-09-19, false",  // State funeral of Queen Elizabeth II
                "2023-05-08, false",  // Coronation of King Charles III
                "2026-12-28, false",  // Boxing Day substitute 2026
        })
        void followsEnglandAndWales(LocalDate date, boolean working) {
            assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
        }
    }

    @Nested
    class AddingWorkingDays {

        @Test
        void dayZeroIsTheGivenDateEvenAtAWeekend() {
            assertThat(calendar.addWorkingDays(d("2025-03-15"), 0)).isEqualTo(d("2025-03-15"));
        }

        @Test
        void stepsOverTheWeekend() {
            assertThat(calendar.addWorkingDays(d("2025-03-14"), 1)).isEqualTo(d("2025-03-17"));
            assertThat(calendar.addWorkingDays(d("2025-03-17"), -1)).isEqualTo(d("2025-03-14"));
            assertThat(calendar.addWorkingDays(d("2025-03-15"), 1)).isEqualTo(d("2025-03-17"));
        }

        @Test
        void stepsOverEaster() {
            assertThat(calendar.addWorkingDays(d("2025-04-17"), 1)).isEqualTo(d("2025-04-22"));
            assertThat(calendar.addWorkingDays(d("2025-04-22"), -1)).isEqualTo(d("2025-04-17"));
        }

        @Test
        void stepsOverChristmasAndNewYearSubstituteDays() {
            assertThat(calendar.addWorkingDays(d("2021-12-24"), 1)).isEqualTo(d("2021-12-29"));
            assertThat(calendar.addWorkingDays(d("2021-12-31"), 1)).isEqualTo(d("2022-01-04"));
            assertThat(calendar.addWorkingDays(d("2022-12-23"), 1)).isEqualTo(d("2022-12-28"));
            assertThat(calendar.addWorkingDays(d("2022-12-30"), 1)).isEqualTo(d("2023-01-03"));
        }

        @Test
        void stepsOverTheOneOffHolidays() {
            assertThat(calendar.addWorkingDays(d("2020-05-07"), 1)).isEqualTo(d("2020-05-11"));
            assertThat(calendar.addWorkingDays(d("2022-06-01"), 1)).isEqualTo(d("2022-06-06"));
            assertThat(calendar.addWorkingDays(d("2022-09-16"), 1)).isEqualTo(d("2022-09-20"));
            assertThat(calendar.addWorkingDays(d("2023-05-05"), 1)).isEqualTo(d("2023-05-09"));
        }

        @Test
        void twentyWorkingDaysOverChristmas() {
            // 20 working days from Monday 1 December 2025: 25 and 26 December and 1 January are holidays.
            assertThat(calendar.addWorkingDays(d("2025-12-01"), 20)).isEqualTo(d("2025-12-31"));
            assertThat(calendar.addWorkingDays(d("2025-12-01"), 21)).isEqualTo(d("2026-01-02"));
        }
    }

    @Nested
    class ClearDays {

        @Test
        void fiveClearWorkingDaysBeforeATuesdayMeeting() {
            // 11, 12, 13, 14 and 17 March lie wholly between Monday 10 and Tuesday 18 March 2025.
            assertThat(calendar.clearWorkingDaysBefore(d("2025-03-18"), 5)).isEqualTo(d("2025-03-10"));
        }

        @Test
        void bankHolidaysDoNotCountAsClearDays() {
            // Before Tuesday 22 April 2025: 17, 16, 15, 14 and 11 April are clear; Easter is not.
            assertThat(calendar.clearWorkingDaysBefore(d("2025-04-22"), 5)).isEqualTo(d("2025-04-10"));
        }
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        assertThat(calendar.workingDaysBetween(d("2025-03-14"), d("2025-03-18"))).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(d("2025-03-18"), d("2025-03-14"))).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(d("2025-04-17"), d("2025-04-22"))).isEqualTo(1);
    }

    @Nested
    class AtTheEdgesOfTheCalendar {

        @Test
        void countingFromOrPastTheSupportedDatesIsRefusedWithAReason() {
            assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.MIN, -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Give a date between 1900 and 2199");
            assertThatThrownBy(() -> calendar.addWorkingDays(d("1900-01-01"), -1)).hasMessage("Give a date between 1900 and 2199");
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2199-12-31"), 1)).hasMessage("Give a date between 1900 and 2199");
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-03-18"), Integer.MIN_VALUE)).hasMessage("Give a date between 1900 and 2199");
            assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.MIN, LocalDate.MAX)).hasMessage("Give a date between 1900 and 2199");
            assertThatThrownBy(() -> calendar.nextWorkingDayOnOrAfter(LocalDate.MAX)).hasMessage("Give a date between 1900 and 2199");
        }

        @Test
        void theFirstAndLastSupportedDaysStillCount() {
            assertThat(calendar.addWorkingDays(d("1900-01-02"), -1)).isEqualTo(d("1900-01-01"));
            assertThat(calendar.addWorkingDays(d("2199-12-30"), 1)).isEqualTo(d("2199-12-31"));
            assertThat(calendar.workingDaysBetween(d("1900-01-01"), d("1900-01-08"))).isEqualTo(5);
        }
    }
}
