package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instances started on an earlier version of dispute-resolution stay on it until they are migrated.
 * That version checked and saved a response, the meeting and the CAFCASS outcome in the task's
 * complete listener (recordResponse, recordMeeting, recordCafcassOutcome): its instances still
 * refuse what they refused and save what they saved.
 */
@ScrutineerTest
class FormerDisputeModelTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired DisputeIntake intake;
    @Autowired DisputeRepository disputes;
    @Autowired AppClock clock;

    private Deployment former;

    @BeforeEach
    void theFormerVersionIsDeployed() {
        init(engine);
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
        former = repositoryService.createDeployment().name("former dispute-resolution")
                .addClasspathResource("former-models/dispute-resolution.bpmn").deploy();
    }

    @AfterEach
    void theFormerVersionIsRemoved() {
        repositoryService.deleteDeployment(former.getId(), true);
        clock.reset();
    }

    /** A dispute whose process runs on the former version. */
    private ProcessInstance onTheFormerVersion(String stage) {
        Dispute dispute = intake.raise(DisputeFixtures.submission(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "no-care-plan",
                "stage", stage, "notifiedOn", "2027-03-01", "description", "No care plan presented.")), "iro");
        ProcessInstance current = runtimeService.createProcessInstanceQuery().processDefinitionKey("dispute-resolution")
                .processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("former-dispute-resolution", String.valueOf(dispute.getId()),
                runtimeService.getVariables(current.getId()));
        runtimeService.deleteProcessInstance(current.getId(), "the former version resolves this dispute");
        return pi;
    }

    private String taskOf(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult().getId();
    }

    private Dispute disputeOf(ProcessInstance pi) {
        return disputes.findById(Long.valueOf(pi.getBusinessKey())).orElseThrow();
    }

    @Test
    void aResponseAndTheMeetingAreCheckedAndSavedAsBefore() {
        ProcessInstance pi = onTheFormerVersion("formal");
        assertThatThrownBy(() -> taskService.complete(taskOf(pi, "respondFormal"), Map.of("response", " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Write your response to the dispute");
        taskService.complete(taskOf(pi, "respondFormal"), Map.of("response", "No change is possible."));
        assertThat(disputeOf(pi).getFormalResponse()).isEqualTo("No change is possible.");

        taskService.complete(taskOf(pi, "reviewFormalResponse"), Map.of("decision", "escalate", "intransigent", true));
        taskService.complete(taskOf(pi, "holdDisputeMeeting"), Map.of("meetingHeldOn", "2027-03-01", "attendeesByRole", "IRO",
                "agreedPlan", "Present a care plan."));
        assertThat(disputeOf(pi).getMeetingPlan()).isEqualTo("Present a care plan.");
        assertThat(pi).isWaitingAt("respondFormal").task().hasCandidateGroup("heads-of-service");
    }

    @Test
    void theCafcassOutcomeClosesTheDisputeAsBefore() {
        ProcessInstance pi = onTheFormerVersion("informal");
        runtimeService.createMessageCorrelation("disputeReferredToCafcass").processInstanceId(pi.getId())
                .setVariable("cafcassReferredOn", "2027-03-01").correlate();
        assertThatThrownBy(() -> taskService.complete(taskOf(pi, "recordCafcassOutcome"), Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Record the outcome of the CAFCASS referral");

        taskService.complete(taskOf(pi, "recordCafcassOutcome"), Map.of("cafcassOutcome", "CAFCASS advised no further action."));

        assertThat(pi).hasPassed("cafcassOutcomeRecorded").isEnded();
        assertThat(disputeOf(pi).getStageReached()).isEqualTo("cafcass");
    }
}
