package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
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
 * The protocol's rules refusing a dispute task's completion through /engine-rest: a date the
 * protocol does not allow, and a response from someone outside the group that must answer. Each is
 * 422 with the plain reason, and the task stays open.
 */
@ScrutineerTest
class DisputeTaskRefusalsTest {

    @LocalServerPort int port;
    @Autowired DisputeIntake intake;
    @Autowired DisputeRepository disputes;
    @Autowired RuntimeService runtimeService;
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

    private Dispute raise(String stage) {
        Map<String, Object> body = new HashMap<>(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "drift-and-delay",
                "stage", stage, "notifiedOn", "2027-03-01", "description", "Permanence plan has drifted for six months."));
        return intake.raise(DisputeFixtures.submission(body), "iro");
    }

    private String taskOf(Dispute dispute, String key) {
        return taskService.createTaskQuery().processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId()))
                .taskDefinitionKey(key).singleResult().getId();
    }

    private void at(String londonDateTime) {
        clock.freezeAt(java.time.LocalDateTime.parse(londonDateTime).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    private HttpResponse<String> complete(String user, String taskId, String variables) {
        return ApiClient.as(port, user, "demo").post("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}");
    }

    /** A formal dispute whose response was intransigent: the IRO holds the meeting. */
    private String meetingOf(Dispute dispute) {
        taskService.complete(taskOf(dispute, "respondFormal"), Map.of("response", "No change is possible."));
        taskService.complete(taskOf(dispute, "reviewFormalResponse"), Map.of("decision", "escalate", "intransigent", true));
        return taskOf(dispute, "holdDisputeMeeting");
    }

    private String meeting(String heldOn) {
        return "{\"meetingHeldOn\": {\"value\": \"" + heldOn + "\"}, \"attendeesByRole\": {\"value\": \"IRO\\nService manager\"},"
                + " \"agreedPlan\": {\"value\": \"Plan to be revised.\"}}";
    }

    @Test
    void aMeetingCannotBeRecordedOnADayStillToCome() {
        Dispute dispute = raise("formal");
        String taskId = meetingOf(dispute);
        at("2027-03-05T10:00");
        assertThat(PlainRefusal.of(complete("iro", taskId, meeting("2027-03-08")))).isEqualTo("The meeting date cannot be in the future");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(disputes.findById(dispute.getId()).orElseThrow().getMeetingHeldOn()).isNull();
    }

    @Test
    void aMeetingCannotBeRecordedBeforeTheFormalStageBegan() {
        Dispute dispute = raise("formal");
        String taskId = meetingOf(dispute);
        at("2027-03-05T10:00");
        assertThat(PlainRefusal.of(complete("iro", taskId, meeting("2027-02-26"))))
                .isEqualTo("The formal dispute meeting is part of the formal stage, which began on Monday 1 March 2027. "
                        + "Enter the date it was held, on or after that day");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

        HttpResponse<String> held = complete("iro", taskId, meeting("2027-03-04"));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(204);
    }

    @Test
    void aShorterResolutionDateLaterThanTheProtocolAllowsIsRefused() {
        Dispute dispute = raise("informal");
        taskService.complete(taskOf(dispute, "respondInformal"), Map.of("response", "We do not agree a plan is needed."));
        String taskId = taskOf(dispute, "reviewInformalResponse");
        assertThat(PlainRefusal.of(complete("iro", taskId, "{\"decision\": {\"value\": \"escalate\"}, \"resolutionDueBy\": {\"value\": \"2027-06-01\"}}")))
                .startsWith("The formal resolution date must be after today and no later than");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void aResponseFromOutsideTheRespondingGroupIsRefusedEvenWhenTheTaskWasPassedToThem() {
        Dispute dispute = raise("formal");
        String taskId = taskOf(dispute, "respondFormal");
        taskService.setAssignee(taskId, "team-manager");
        String response = "{\"response\": {\"value\": \"A social worker is allocated from Monday.\"}}";

        assertThat(PlainRefusal.of(complete("team-manager", taskId, response)))
                .isEqualTo("Only service managers can respond to this dispute at this stage. Pass the task back to them, or ask one of them to respond");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(disputes.findById(dispute.getId()).orElseThrow().getFormalResponse()).isNull();

        taskService.setAssignee(taskId, "service-manager");
        HttpResponse<String> answered = complete("service-manager", taskId, response);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        assertThat(disputes.findById(dispute.getId()).orElseThrow().getFormalResponse()).startsWith("A social worker");
    }
}
