package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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

/** The executive is reminded in working days before the response is due, so a due date in 2029 says the calendar cannot vouch for it. */
@ScrutineerTest
class RecommendationCalendarWarningTest {

    @LocalServerPort int port;
    @Autowired AppClock clock;
    @Autowired RecommendationRepository recommendations;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private JsonNode read(String topic) throws Exception {
        long id = recommendations.findAll().stream().filter(r -> r.getTopic().equals(topic)).findFirst().orElseThrow().getId();
        return json.readTree(ApiClient.as(port, "member", "demo").get("/api/recommendations/" + id).body());
    }

    @Test
    void aResponseDueIn2029CarriesACalendarWarningAndOneDueIn2028None() throws Exception {
        clock.freezeAt(Instant.parse("2028-12-15T09:00:00Z"));
        String csv = """
                meeting_date,topic,rec_no,recommendation,addressee,date_sent,due_date,date_received,response
                2028-11-21,Calendar warning 2029,1,That the council publishes its short breaks offer.,Executive,2028-12-01,2029-02-01,,
                2028-09-19,Calendar warning 2028,1,That the council reviews its short breaks offer.,Executive,2028-10-02,2028-12-02,,
                """;
        HttpResponse<String> imported = ApiClient.as(port, "clerk", "demo").post("/api/recommendations/import", "text/csv",
                HttpRequest.BodyPublishers.ofString(csv));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(read("Calendar warning 2029").path("calendarWarning").asText()).contains("Bank holidays for 2029");
        assertThat(read("Calendar warning 2028").has("calendarWarning")).isFalse();
    }
}
