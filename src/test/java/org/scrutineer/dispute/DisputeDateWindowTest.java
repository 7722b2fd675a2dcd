package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A dispute's dates must be ones an IRO could really mean: none in the year 0, 9999 or beyond. */
@ScrutineerTest
class DisputeDateWindowTest {

    @LocalServerPort int port;
    @Autowired AppClock clock;
    @Autowired DisputeRepository disputes;
    @Autowired DisputeIntake intake;
    @Autowired TaskService taskService;
    private final ObjectMapper json = new ObjectMapper();
    private ApiClient iro;

    @BeforeEach
    void firstOfMarch() {
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
        iro = ApiClient.as(port, "iro", "demo");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @ParameterizedTest(name = "notified on {0}")
    @ValueSource(strings = {"0000-01-01", "9999-01-01", "+999999999-01-01", "1999-12-31"})
    void aDisputeNotifiedOutsideTheWindowIsRefusedAndNothingIsCounted(String notifiedOn) throws Exception {
        long before = disputes.count();
        for (String stage : new String[] {"informal", "formal"}) {
            HttpResponse<String> refused = iro.post("/api/disputes",
                    DisputeFixtures.json(DisputeFixtures.caseReference(), "drift-and-delay", stage, notifiedOn, null));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonNode body = json.readTree(refused.body());
            assertThat(body.path("errors").path("notifiedOn").asText())
                    .isEqualTo("The notification date must be between 1 January 2000 and 1 March 2037");
            assertThat(body.path("error").asText()).doesNotContain("Exception", "java");
        }
        assertThat(disputes.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "referred on {0}")
    @ValueSource(strings = {"0000-01-01", "9999-01-01", "+999999999-01-01"})
    void aCafcassReferralOutsideTheDisputesLifeIsRefused(String referredOn) throws Exception {
        Dispute dispute = raise();
        HttpResponse<String> refused = iro.post("/api/disputes/" + dispute.getId() + "/cafcass-referral", "{\"referredOn\":\"" + referredOn + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).path("errors").path("referredOn").asText())
                .isEqualTo("The referral date must be between the day the dispute was raised and today");
        assertThat(disputes.findById(dispute.getId()).orElseThrow().getCafcassReferredOn()).isNull();
    }

    @ParameterizedTest(name = "meeting held on {0}")
    @CsvSource(delimiter = '|', value = {
            "0000-01-01       | The formal dispute meeting is part of the formal stage, which began on Monday 1 March 2027. Enter the date it was held, on or after that day",
            "2027-02-26       | The formal dispute meeting is part of the formal stage, which began on Monday 1 March 2027. Enter the date it was held, on or after that day",
            "9999-01-01       | The meeting date cannot be in the future",
            "+999999999-01-01 | Enter meetingHeldOn as a date, like 2027-03-15"})
    void aDisputeMeetingDateOutsideTheDisputesLifeIsRefusedThroughTheEngine(String heldOn, String reason) throws Exception {
        Dispute dispute = raise();
        Task respond = taskService.createTaskQuery().processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();
        taskService.complete(respond.getId(), Map.of("response", "No change."));
        Task review = taskService.createTaskQuery().processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();
        taskService.complete(review.getId(), Map.of("decision", "escalate", "intransigent", true));
        Task meeting = taskService.createTaskQuery().processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();
        assertThat(meeting.getTaskDefinitionKey()).isEqualTo("holdDisputeMeeting");

        HttpResponse<String> refused = iro.post("/engine-rest/task/" + meeting.getId() + "/complete", "{\"variables\":{"
                + "\"meetingHeldOn\":{\"value\":\"" + heldOn + "\",\"type\":\"String\"},"
                + "\"attendeesByRole\":{\"value\":\"IRO, service manager\",\"type\":\"String\"},"
                + "\"agreedPlan\":{\"value\":\"Plan to be revised.\",\"type\":\"String\"}}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).path("message").asText()).isEqualTo(reason);
        assertThat(taskService.createTaskQuery().taskId(meeting.getId()).count()).as("the task stays open").isOne();
        assertThat(disputes.findById(dispute.getId()).orElseThrow().getMeetingHeldOn()).isNull();
    }

    private Dispute raise() {
        return intake.raise(DisputeFixtures.submission(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "no-care-plan", "stage", "formal",
                "notifiedOn", "2027-03-01", "description", "No care plan presented.")), "iro");
    }
}
