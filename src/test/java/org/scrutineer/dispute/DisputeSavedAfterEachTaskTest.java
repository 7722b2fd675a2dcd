package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The model shows what is saved: each dispute task's listener only checks what was entered, and the
 * service task after the task saves it, so a refused completion saves nothing and leaves the task open.
 */
@ScrutineerTest
class DisputeSavedAfterEachTaskTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired DisputeIntake intake;
    @Autowired DisputeRepository disputes;
    @Autowired CafcassReferral cafcass;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    @BeforeEach
    void firstOfMarch2027() {
        init(engine);
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Dispute raise(String stage) {
        return intake.raise(DisputeFixtures.submission(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "drift-and-delay",
                "stage", stage, "notifiedOn", "2027-03-01", "description", "Permanence plan has drifted for six months.")), "iro");
    }

    private ProcessInstance processOf(Dispute dispute) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("dispute-resolution")
                .processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();
    }

    private String taskOf(Dispute dispute, String key) {
        return taskService.createTaskQuery().processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId()))
                .taskDefinitionKey(key).singleResult().getId();
    }

    private Dispute reload(Dispute dispute) {
        return disputes.findById(dispute.getId()).orElseThrow();
    }

    private HttpResponse<String> complete(String user, String taskId, String variables) {
        return ApiClient.as(port, user, "demo").post("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}");
    }

    @Test
    void theResponseAtEitherStageIsSavedByTheStepAfterTheTask() {
        Dispute informal = raise("informal");
        HttpResponse<String> empty = complete("team-manager", taskOf(informal, "respondInformal"), "{\"response\": {\"value\": \"  \"}}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
        assertThat(PlainRefusal.of(empty)).isEqualTo("Write your response to the dispute");
        assertThat(processOf(informal)).isWaitingAt("respondInformal").hasNotPassed("recordInformalResponse");

        taskService.complete(taskOf(informal, "respondInformal"), Map.of("response", "A planning meeting is booked."));
        assertThat(processOf(informal)).hasPassed("respondInformal", "recordInformalResponse").isWaitingAt("reviewInformalResponse");
        assertThat(reload(informal).getInformalResponse()).isEqualTo("A planning meeting is booked.");

        Dispute formal = raise("formal");
        taskService.complete(taskOf(formal, "respondFormal"), Map.of("response", "The plan will be revised."));
        assertThat(processOf(formal)).hasPassed("respondFormal", "recordFormalResponse").isWaitingAt("reviewFormalResponse");
    }

    @Test
    void theDisputeMeetingIsSavedByTheStepAfterTheTask() {
        Dispute dispute = raise("formal");
        taskService.complete(taskOf(dispute, "respondFormal"), Map.of("response", "No change is possible."));
        taskService.complete(taskOf(dispute, "reviewFormalResponse"), Map.of("decision", "escalate", "intransigent", true));
        String meeting = taskOf(dispute, "holdDisputeMeeting");

        HttpResponse<String> noPlan = complete("iro", meeting, "{\"meetingHeldOn\": {\"value\": \"2027-03-01\"}, \"attendeesByRole\": {\"value\": \"IRO\"}}");
        assertThat(noPlan.statusCode()).as(noPlan.body()).isEqualTo(422);
        assertThat(PlainRefusal.of(noPlan)).isEqualTo("Record the plan agreed at the meeting");
        assertThat(processOf(dispute)).isWaitingAt("holdDisputeMeeting").hasNotPassed("recordMeeting");

        taskService.complete(meeting, Map.of("meetingHeldOn", "2027-03-01", "attendeesByRole", "IRO\nService manager", "agreedPlan", "Revise the plan."));
        assertThat(processOf(dispute)).hasPassed("holdDisputeMeeting", "recordMeeting").isWaitingAt("respondFormal");
        assertThat(reload(dispute).getMeetingHeldOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(runtimeService.getVariable(processOf(dispute).getId(), "meetingHeld")).isEqualTo(true);
    }

    @Test
    void theCafcassOutcomeClosesTheDisputeInTheStepAfterTheTask() {
        Dispute dispute = raise("informal");
        cafcass.refer(dispute.getId(), LocalDate.parse("2027-03-01"));
        ProcessInstance pi = processOf(dispute);

        HttpResponse<String> none = complete("iro", taskOf(dispute, "recordCafcassOutcome"), "{}");
        assertThat(none.statusCode()).as(none.body()).isEqualTo(422);
        assertThat(PlainRefusal.of(none)).isEqualTo("Record the outcome of the CAFCASS referral");
        assertThat(pi).isWaitingAt("recordCafcassOutcome").hasNotPassed("closeWithCafcassOutcome");

        taskService.complete(taskOf(dispute, "recordCafcassOutcome"), Map.of("cafcassOutcome", "CAFCASS advised no further action."));
        assertThat(pi).hasPassed("recordCafcassOutcome", "closeWithCafcassOutcome", "cafcassOutcomeRecorded").isEnded();
        assertThat(reload(dispute).getStatus()).isEqualTo(DisputeStatus.REFERRED_TO_CAFCASS);
    }

    @Test
    void anIntransigentMarkThatIsNeitherTrueNorFalseIsRefusedNotTakenAsNo() {
        Dispute dispute = raise("formal");
        taskService.complete(taskOf(dispute, "respondFormal"), Map.of("response", "No change is possible."));
        String review = taskOf(dispute, "reviewFormalResponse");

        HttpResponse<String> refused = complete("iro", review, "{\"decision\": {\"value\": \"escalate\"}, \"intransigent\": {\"value\": \"yes\"}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(PlainRefusal.of(refused)).isEqualTo("intransigent must be true or false");
        assertThat(taskService.createTaskQuery().taskId(review).count()).as("the task stays open").isOne();
    }
}
