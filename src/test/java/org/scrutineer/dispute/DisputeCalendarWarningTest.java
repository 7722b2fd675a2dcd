package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A dispute's working-day deadlines in a year without known bank holidays say so. */
@ScrutineerTest
class DisputeCalendarWarningTest {

    @LocalServerPort int port;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private JsonNode raise(String notifiedOn) throws Exception {
        HttpResponse<String> raised = ApiClient.as(port, "iro", "demo").post("/api/disputes",
                DisputeFixtures.json(DisputeFixtures.caseReference(), "drift-and-delay", "informal", notifiedOn, null));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        return json.readTree(raised.body());
    }

    @Test
    void aDisputeIn2029CarriesACalendarWarningAndOneIn2027None() throws Exception {
        clock.freezeAt(Instant.parse("2029-03-05T09:00:00Z"));
        JsonNode in2029 = raise("2029-03-05");
        assertThat(in2029.path("responseDueBy").asText()).isEqualTo("2029-03-12");
        assertThat(in2029.path("calendarWarning").asText()).contains("Bank holidays for 2029 are not in the calendar yet");

        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
        assertThat(raise("2027-03-01").has("calendarWarning")).isFalse();
    }
}
