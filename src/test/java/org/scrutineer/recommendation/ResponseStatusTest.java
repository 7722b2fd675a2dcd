package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseStatusTest {

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @ParameterizedTest(name = "sent {0}, due {1}, received {2}, response {3}, as of {4}: {5}")
    @CsvSource(nullValues = "-", value = {
            // no sent date on or before asOf
            "-,          -,          -,          -,        2027-03-01, NOT_SENT",
            "2027-01-12, 2027-03-12, -,          -,        2027-01-11, NOT_SENT",
            "2027-01-12, 2027-03-12, 2027-02-01, Agreed,   2027-01-11, NOT_SENT",
            // a response recorded with no dates at all
            "-,          -,          -,          Agreed,   2020-01-01, RESPONDED",
            // received on or before asOf
            "2027-01-12, 2027-03-12, 2027-02-01, Agreed,   2027-02-01, RESPONDED",
            "2027-01-12, 2027-03-12, 2027-04-01, Agreed,   2027-05-01, RESPONDED",
            // received after asOf: as it stood then
            "2027-01-12, 2027-03-12, 2027-04-01, Agreed,   2027-03-13, OVERDUE",
            "2027-01-12, 2027-03-12, 2027-04-01, Agreed,   2027-03-12, AWAITING_RESPONSE",
            // no response
            "2027-01-12, 2027-03-12, -,          -,        2027-01-12, AWAITING_RESPONSE",
            "2027-01-12, 2027-03-12, -,          -,        2027-03-12, AWAITING_RESPONSE",
            "2027-01-12, 2027-03-12, -,          -,        2027-03-13, OVERDUE",
            "2027-01-12, -,          -,          -,        2030-01-01, AWAITING_RESPONSE",
            // a response text without a received date does not count once dates exist
            "2027-01-12, 2027-03-12, -,          Agreed,   2027-03-13, OVERDUE",
    })
    void eachRule(String sent, String due, String received, String response, String asOf, ResponseStatus expected) {
        Recommendation r = Recommendation.imported(LocalDate.of(2027, 1, 12), "Topic", "1", "Text", Addressee.EXECUTIVE,
                date(sent), date(due), date(received), null, response, null, Instant.EPOCH);
        assertThat(r.statusOn(LocalDate.parse(asOf))).isEqualTo(expected);
    }
}
