package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarPropertyTest {

    private final WorkingDayCalendar calendar = TestCalendars.englandAndWales();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 9)
                .map(offset -> LocalDate.of(2019, 1, 1).plusDays(offset));
    }

    @Property
    void movingByNonZeroDaysAlwaysLandsOnAWorkingDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = -60, max = 60) int days) {
        if (days != 0) {
            assertThat(calendar.isWorkingDay(calendar.addWorkingDays(from, days))).isTrue();
        }
    }

    @Property
    void countingBackUndoesCountingForward(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 60) int days) {
        LocalDate start = calendar.nextWorkingDayOnOrAfter(from);
        assertThat(calendar.addWorkingDays(calendar.addWorkingDays(start, days), -days)).isEqualTo(start);
    }

    @Property
    void theNumberOfWorkingDaysBetweenIsTheNumberAdded(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = -60, max = 60) int days) {
        assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, days))).isEqualTo(days);
    }

    @Property
    void clearDaysLeaveExactlyThatManyWorkingDaysStrictlyBetween(@ForAll("dates") LocalDate meeting, @ForAll @IntRange(min = 0, max = 10) int clear) {
        LocalDate publication = calendar.clearWorkingDaysBefore(meeting, clear);
        long between = publication.plusDays(1).datesUntil(meeting).filter(calendar::isWorkingDay).count();
        assertThat(between).isEqualTo(clear);
        assertThat(calendar.isWorkingDay(publication)).isTrue();
    }
}
