package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.boot.test.web.server.LocalServerPort;

@ScrutineerTest
class MeetingApiTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient clerk() {
        return ApiClient.as(port, "clerk", "demo");
    }

    private JsonNode create(String startsAt) throws Exception {
        HttpResponse<String> response = clerk().post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"" + startsAt + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return json.readTree(response.body());
    }

    @Test
    void createsAMeetingWithItsThreeDeadlines() throws Exception {
        JsonNode meeting = create("2025-03-18T14:00");
        assertThat(meeting.path("id").asLong()).isPositive();
        assertThat(meeting.path("committee").asText()).isEqualTo("cyp");
        assertThat(meeting.path("startsAt").asText()).isEqualTo("2025-03-18T14:00");
        assertThat(meeting.path("questionDeadline").asText()).isEqualTo("2025-03-12T17:00");
        assertThat(meeting.path("reportDeadline").asText()).isEqualTo("2025-03-06");
        assertThat(meeting.path("agendaPublicationDate").asText()).isEqualTo("2025-03-10");
    }

    @Test
    void aMeetingOutsideTheDatesAnyoneMayEnterIsRefusedWith422InPlainWords() throws Exception {
        for (String startsAt : new String[] {"2300-01-01T10:00", "-999999999-01-01T10:00", "+999999999-12-31T10:00"}) {
            HttpResponse<String> refused = clerk().post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"" + startsAt + "\"}");
            assertThat(refused.statusCode()).as(startsAt + ": " + refused.body()).isEqualTo(422);
            assertThat(json.readTree(refused.body()).path("error").asText()).startsWith("Give a date between 1 January 2000 and ");
        }
    }

    @ParameterizedTest(name = "meeting at {0}")
    @CsvSource({
            // Easter 2025 (18 and 21 April) falls inside every window.
            "2025-04-22T14:00, 2025-04-14T17:00, 2025-04-08, 2025-04-10",
            // Christmas, Boxing Day and New Year's Day 2024-25.
            "2025-01-02T10:00, 2024-12-24T17:00, 2024-12-18, 2024-12-20",
            // The Platinum Jubilee holidays of 2 and 3 June 2022; 30 May 2022 was a working day.
            "2022-06-07T18:30, 2022-05-30T17:00, 2022-05-24, 2022-05-26",
            // The Coronation holiday, Monday 8 May 2023, and the early May holiday on 1 May.
            "2023-05-11T14:00, 2023-05-04T17:00, 2023-04-27, 2023-05-02",
            // A Monday meeting: the question deadline falls in the previous week.
            "2025-06-16T19:00, 2025-06-10T17:00, 2025-06-04, 2025-06-06",
    })
    void deadlinesStepOverWeekendsAndBankHolidays(String startsAt, String question, String report, String agenda) throws Exception {
        JsonNode meeting = create(startsAt);
        assertThat(meeting.path("questionDeadline").asText()).isEqualTo(question);
        assertThat(meeting.path("reportDeadline").asText()).isEqualTo(report);
        assertThat(meeting.path("agendaPublicationDate").asText()).isEqualTo(agenda);
    }

    @Test
    void readsMeetingsBackWithTheSameFields() throws Exception {
        JsonNode created = create("2025-03-18T14:00");
        JsonNode read = json.readTree(clerk().get("/api/meetings/" + created.path("id").asLong()).body());
        assertThat(read).isEqualTo(created);

        JsonNode all = json.readTree(clerk().get("/api/meetings").body());
        assertThat(all.isArray()).isTrue();
        assertThat(all.findValuesAsText("id")).contains(created.path("id").asText());
    }

    @Test
    void reschedulingMovesEveryDeadline() throws Exception {
        long id = create("2025-03-18T14:00").path("id").asLong();
        HttpResponse<String> moved = clerk().put("/api/meetings/" + id, "{\"startsAt\":\"2025-04-22T14:00\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonNode meeting = json.readTree(clerk().get("/api/meetings/" + id).body());
        assertThat(meeting.path("startsAt").asText()).isEqualTo("2025-04-22T14:00");
        assertThat(meeting.path("questionDeadline").asText()).isEqualTo("2025-04-14T17:00");
        assertThat(meeting.path("reportDeadline").asText()).isEqualTo("2025-04-08");
        assertThat(meeting.path("agendaPublicationDate").asText()).isEqualTo("2025-04-10");
    }

    @Test
    void explainsMistakesInPlainEnglish() throws Exception {
        HttpResponse<String> unknownCommittee = clerk().post("/api/meetings", "{\"committee\":\"nope\",\"startsAt\":\"2025-03-18T14:00\"}");
        assertThat(unknownCommittee.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknownCommittee.body()).path("error").asText()).contains("no committee", "nope");

        HttpResponse<String> noDate = clerk().post("/api/meetings", "{\"committee\":\"cyp\"}");
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noDate.body()).path("error").asText()).contains("startsAt");

        HttpResponse<String> badDate = clerk().post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"next Tuesday\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badDate.body()).path("error").asText()).contains("YYYY-MM-DD");

        HttpResponse<String> missing = clerk().get("/api/meetings/987654");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).path("error").asText()).contains("987654");
    }
}
