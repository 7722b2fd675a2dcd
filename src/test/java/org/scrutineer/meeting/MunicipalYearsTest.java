package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A municipal year begins at the annual meeting listed for it, or on the configured day when none is. */
class MunicipalYearsTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aYearBeginsAtItsAnnualMeetingAndEndsTheDayBeforeTheNext() {
        MunicipalYears years = new MunicipalYears("05-01", List.of(day("2026-05-20"), day("2027-05-19")));
        assertThat(years.startOf(day("2026-05-19"))).as("the day before the 2026 annual meeting").isEqualTo(day("2026-05-01"));
        assertThat(years.startOf(day("2026-05-20"))).isEqualTo(day("2026-05-20"));
        assertThat(years.startOf(day("2027-03-23"))).isEqualTo(day("2026-05-20"));
        assertThat(years.endOf(day("2027-03-23"))).isEqualTo(day("2027-05-18"));
        assertThat(years.startOf(day("2027-05-19"))).isEqualTo(day("2027-05-19"));
    }

    @Test
    void aYearWithNoAnnualMeetingListedBeginsOnTheConfiguredDay() {
        MunicipalYears years = new MunicipalYears("05-01", List.of());
        assertThat(years.startOf(day("2027-04-30"))).isEqualTo(day("2026-05-01"));
        assertThat(years.startOf(day("2027-05-01"))).isEqualTo(day("2027-05-01"));
        assertThat(years.endOf(day("2026-12-01"))).isEqualTo(day("2027-04-30"));
        assertThatThrownBy(() -> new MunicipalYears("13-40", null)).isInstanceOf(RuntimeException.class);
    }
}
