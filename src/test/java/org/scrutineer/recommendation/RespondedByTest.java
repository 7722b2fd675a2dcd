package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Full Council's resolution, recorded by democratic services, says whose it is in the API, the public tracker and the CSV. */
@ScrutineerTest
class RespondedByTest {

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired RecommendationIntake intake;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = RecommendationFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String task(long id, String key) {
        return taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(key).singleResult().getId();
    }

    @Test
    void whoGaveTheResponseIsInTheApiThePublicTrackerAndTheCsv() throws Exception {
        long id = intake.record(new RecommendationSubmission(meeting.id(), "Corporate parenting " + System.nanoTime(), "1",
                "That full Council adopts the corporate parenting pledge.", "council", "general", null)).getId();
        taskService.complete(task(id, "sendRecommendation"));
        HttpResponse<String> done = ApiClient.as(port, "clerk", "demo").post("/engine-rest/task/" + task(id, "recordExecutiveResponse") + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"noted\",\"type\":\"String\"},"
                        + "\"respondedBy\":{\"value\":\"Full Council\",\"type\":\"String\"},"
                        + "\"reasons\":{\"value\":\"The pledge goes to Council in March with the new strategy.\",\"type\":\"String\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

        JsonNode one = json.readTree(ApiClient.as(port, "member", "demo").get("/api/recommendations/" + id).body());
        assertThat(one.path("respondedBy").asText()).isEqualTo("Full Council");
        assertThat(one.path("decision").asText()).isEqualTo("noted");
        assertThat(one.path("responseStatus").asText()).isEqualTo("RESPONDED");

        String page = ApiClient.anonymous(port).get("/recommendations").body();
        String card = page.substring(page.indexOf("id=\"recommendation-" + id + "\""));
        card = card.substring(0, card.indexOf("</dl>"));
        assertThat(card).contains("Response received on 12 January 2027: noted.", "Noted. ", "Response from", "Full Council",
                "The pledge goes to Council in March");

        String csv = StaffSession.signIn(port, "member", "demo").get("/staff/recommendations/export.csv").body();
        List<Map<String, String>> rows = CsvRows.read(csv);
        Map<String, String> row = rows.stream().filter(r -> r.get("id").equals(String.valueOf(id))).findFirst().orElseThrow();
        assertThat(row).containsEntry("responded_by", "Full Council").containsEntry("decision", "noted");
    }
}
