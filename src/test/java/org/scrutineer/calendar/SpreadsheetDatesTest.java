package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SpreadsheetDatesTest {

    @Test
    void datesAreReadInEachFormASpreadsheetWritesThem() {
        assertThat(SpreadsheetDates.parse("28-May-24")).hasValue(LocalDate.of(2024, 5, 28));
        assertThat(SpreadsheetDates.parse("2024-05-28")).hasValue(LocalDate.of(2024, 5, 28));
        assertThat(SpreadsheetDates.parse("3-Sep-2024")).hasValue(LocalDate.of(2024, 9, 3));
        assertThat(SpreadsheetDates.parse("03-SEPT-24")).hasValue(LocalDate.of(2024, 9, 3));
        assertThat(SpreadsheetDates.parse("3/9/2024")).as("the day first, as in the UK").hasValue(LocalDate.of(2024, 9, 3));
        assertThat(SpreadsheetDates.parse("31/03/2027")).hasValue(LocalDate.of(2027, 3, 31));
        assertThat(SpreadsheetDates.parse(" ")).isEmpty();
    }

    @Test
    void somethingThatIsNotARealDateIsRefusedInWords() {
        assertThatThrownBy(() -> SpreadsheetDates.parse("next week")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'next week' is not a date in the form 2024-05-28, 28-May-24 or 28/05/2024");
        assertThatThrownBy(() -> SpreadsheetDates.parse("31/02/2027")).hasMessage("'31/02/2027' is not a real date");
        assertThatThrownBy(() -> SpreadsheetDates.parse("03/13/2027")).hasMessage("'03/13/2027' is not a real date");
    }
}
