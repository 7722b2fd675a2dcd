package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tracker read as of dates before and after each event of a recommendation's life. */
@ScrutineerTest
class TrackerApiTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired RecommendationIntake intake;
    @Autowired RecommendationRepository recommendations;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        init(engine);
        meeting = RecommendationFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private JsonNode read(long id, String asOf) throws Exception {
        var response = ApiClient.as(port, "member", "demo").get("/api/recommendations/" + id + (asOf == null ? "" : "?asOf=" + asOf));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String status(long id, String asOf) throws Exception {
        return read(id, asOf).path("responseStatus").asText();
    }

    private void completeTask(long id, String taskKey, java.util.Map<String, Object> variables) {
        complete(taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey(taskKey).singleResult(), variables);
    }

    @Test
    void statusFollowsSendingTheDueDateAndTheResponseAsOfAnyDate() throws Exception {
        long id = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general")).getId();
        assertThat(status(id, "2027-01-12")).isEqualTo("NOT_SENT");
        assertThat(read(id, null).path("asOf").asText()).isEqualTo("2027-01-12");

        clock.freezeAt(Instant.parse("2027-01-14T10:00:00Z"));
        completeTask(id, "sendRecommendation", java.util.Map.of());
        JsonNode sent = read(id, null);
        assertThat(sent.path("dateSent").asText()).isEqualTo("2027-01-14");
        assertThat(sent.path("dueDate").asText()).isEqualTo("2027-03-14");
        assertThat(status(id, "2027-01-13")).isEqualTo("NOT_SENT");
        assertThat(status(id, "2027-01-14")).isEqualTo("AWAITING_RESPONSE");
        assertThat(status(id, "2027-03-14")).isEqualTo("AWAITING_RESPONSE");
        assertThat(status(id, "2027-03-15")).isEqualTo("OVERDUE");

        clock.freezeAt(Instant.parse("2027-03-20T10:00:00Z"));
        assertThat(status(id, null)).isEqualTo("OVERDUE");
        completeTask(id, "recordExecutiveResponse", withVariables("decision", "partially-accepted", "reasons", "Part is already done."));
        JsonNode responded = read(id, null);
        assertThat(responded.path("dateReceived").asText()).isEqualTo("2027-03-20");
        assertThat(responded.path("decision").asText()).isEqualTo("partially-accepted");
        assertThat(responded.path("response").asText()).isEqualTo("Part is already done.");
        assertThat(responded.path("responseStatus").asText()).isEqualTo("RESPONDED");
        assertThat(status(id, "2027-03-19")).isEqualTo("OVERDUE");
        assertThat(status(id, "2027-03-20")).isEqualTo("RESPONDED");
        assertThat(status(id, "2027-01-13")).isEqualTo("NOT_SENT");

        completeTask(id, "agreeOutcome", withVariables("outcome", "actioned"));
        assertThat(read(id, null).path("closure").asText()).isEqualTo("actioned");
    }

    @Test
    void aResponseRecordedWithoutAnyDatesCountsAsResponded() throws Exception {
        long id = recommendations.save(Recommendation.imported(null, "Old tracker", "7", "That the old thing is done.", Addressee.EXECUTIVE,
                null, null, null, null, "Agreed at Cabinet.", null, Instant.now())).getId();
        assertThat(status(id, "2000-01-01")).isEqualTo("RESPONDED");
        assertThat(status(id, "2099-01-01")).isEqualTo("RESPONDED");
    }

    @Test
    void theListCarriesTheSameStatusAsOfTheDateAsked() throws Exception {
        long id = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "health")).getId();
        completeTask(id, "sendRecommendation", java.util.Map.of());
        JsonNode list = json.readTree(ApiClient.as(port, "clerk", "demo").get("/api/recommendations?asOf=2027-02-10").body());
        JsonNode mine = null;
        for (JsonNode r : list) {
            if (r.path("id").asLong() == id) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("dueDate").asText()).isEqualTo("2027-02-09");
        assertThat(mine.path("responseStatus").asText()).isEqualTo("OVERDUE");
        for (String field : new String[] {"id", "meetingDate", "topic", "number", "text", "addressee", "dateSent", "dueDate",
                "dateReceived", "decision", "response", "closure", "responseStatus"}) {
            assertThat(mine.has(field)).as(field).isTrue();
        }
    }

    @Test
    void aDateThatIsNotADateIsRefused() {
        assertThat(ApiClient.as(port, "clerk", "demo").get("/api/recommendations?asOf=31-02-2027").statusCode()).isEqualTo(400);
    }
}
