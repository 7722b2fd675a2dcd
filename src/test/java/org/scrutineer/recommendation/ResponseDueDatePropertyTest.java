package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ResponseDueDatePropertyTest {

    @Provide
    Arbitrary<LocalDate> sentDates() {
        return Arbitraries.integers().between(0, 365 * 12).map(d -> LocalDate.of(2018, 1, 1).plusDays(d));
    }

    @Property
    void generalScrutinyIsDueTwoCalendarMonthsLaterOrOnTheLastDayOfAShortMonth(@ForAll("sentDates") LocalDate sent) {
        LocalDate due = ResponseDueDate.after(sent, ScrutinyType.GENERAL);
        LocalDate sameMonthTwoLater = sent.withDayOfMonth(1).plusMonths(2);
        assertThat(due.withDayOfMonth(1)).isEqualTo(sameMonthTwoLater);
        assertThat(due.getDayOfMonth()).isEqualTo(Math.min(sent.getDayOfMonth(), sameMonthTwoLater.lengthOfMonth()));
        assertThat(ChronoUnit.DAYS.between(sent, due)).isBetween(59L, 62L);
    }

    @Property
    void healthAndCrimeAndDisorderAreDue28DaysLater(@ForAll("sentDates") LocalDate sent) {
        assertThat(ResponseDueDate.after(sent, ScrutinyType.HEALTH)).isEqualTo(sent.plusDays(28));
        assertThat(ResponseDueDate.after(sent, ScrutinyType.CRIME_AND_DISORDER)).isEqualTo(sent.plusDays(28));
    }

    @Example
    void thirtyFirstOfDecemberEndsOnTheLastDayOfFebruary() {
        assertThat(ResponseDueDate.after(LocalDate.of(2026, 12, 31), ScrutinyType.GENERAL)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ResponseDueDate.after(LocalDate.of(2027, 12, 31), ScrutinyType.GENERAL)).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
