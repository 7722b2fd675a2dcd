package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.PlainRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who attended the formal dispute meeting, sent through /engine-rest as a JSON variable, as JSON
 * text, as an object variable serialized as JSON or as lines typed in the form: the same roles are
 * recorded, one a line. A value that is not a list is refused with the reason and the task stays open.
 */
@ScrutineerTest
class MeetingAttendeesEncodingsTest {

    private static final String ROLES = "[\\\"IRO\\\", \\\"Service manager\\\", \\\"Social worker\\\"]";

    @LocalServerPort int port;
    @Autowired DisputeIntake intake;
    @Autowired DisputeRepository disputes;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    @BeforeEach
    void firstOfMarch2027() {
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Dispute aDisputeAtItsMeeting() {
        Map<String, Object> body = new HashMap<>(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "no-care-plan",
                "stage", "formal", "notifiedOn", "2027-03-01", "description", "No care plan presented."));
        Dispute dispute = intake.raise(DisputeFixtures.submission(body), "iro");
        taskService.complete(taskOf(dispute, "respondFormal"), Map.of("response", "No change is possible."));
        taskService.complete(taskOf(dispute, "reviewFormalResponse"), Map.of("decision", "escalate", "intransigent", true));
        clock.freezeAt(java.time.LocalDateTime.parse("2027-03-05T10:00").atZone(ZoneId.of("Europe/London")).toInstant());
        return dispute;
    }

    private String taskOf(Dispute dispute, String key) {
        return taskService.createTaskQuery().processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId()))
                .taskDefinitionKey(key).singleResult().getId();
    }

    private HttpResponse<String> hold(Dispute dispute, String attendees) {
        return ApiClient.as(port, "iro", "demo").post("/engine-rest/task/" + taskOf(dispute, "holdDisputeMeeting") + "/complete",
                "{\"variables\": {\"meetingHeldOn\": {\"value\": \"2027-03-04\"}, \"attendeesByRole\": " + attendees
                        + ", \"agreedPlan\": {\"value\": \"Care plan to be revised within 10 working days.\"}}}");
    }

    private void recordsTheRoles(String attendees) {
        Dispute dispute = aDisputeAtItsMeeting();
        HttpResponse<String> held = hold(dispute, attendees);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(204);
        assertThat(disputes.findById(dispute.getId()).orElseThrow().getMeetingAttendees()).isEqualTo("IRO\nService manager\nSocial worker");
    }

    @Test
    void aJsonVariable() {
        recordsTheRoles("{\"type\": \"Json\", \"value\": \"" + ROLES + "\"}");
    }

    @Test
    void jsonText() {
        recordsTheRoles("{\"type\": \"String\", \"value\": \"" + ROLES + "\"}");
    }

    @Test
    void anObjectVariableSerializedAsJson() {
        recordsTheRoles("{\"type\": \"Object\", \"value\": \"" + ROLES + "\", \"valueInfo\": "
                + "{\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}}");
    }

    @Test
    void linesTypedInTheForm() {
        recordsTheRoles("{\"type\": \"String\", \"value\": \"IRO\\nService manager\\n\\nSocial worker\\n\"}");
    }

    @Test
    void aValueThatIsNotAListIsRefusedAndTheTaskStaysOpen() {
        Dispute dispute = aDisputeAtItsMeeting();
        for (String unreadable : List.of("{\"type\": \"Json\", \"value\": \"[\\\"IRO\\\"\"}", "{\"type\": \"Integer\", \"value\": 3}",
                "{\"type\": \"Json\", \"value\": \"{\\\"IRO\\\": true}\"}", "{\"type\": \"Json\", \"value\": \"[3]\"}")) {
            assertThat(PlainRefusal.of(hold(dispute, unreadable))).as(unreadable)
                    .startsWith("attendeesByRole must be a list, like [\"IRO\", \"Service manager\", \"Social worker\"], but");
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(dispute.getId()))
                    .taskDefinitionKey("holdDisputeMeeting").count()).isOne();
        }
        assertThat(disputes.findById(dispute.getId()).orElseThrow().getMeetingHeldOn()).isNull();
    }
}
