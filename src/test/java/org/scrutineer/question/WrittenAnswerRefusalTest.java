package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.PlainRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A written supplementary answer completed without its answer is refused there and then, with the
 * plain reason and the task still open, rather than accepted and left to fail as it is published.
 */
@ScrutineerTest
class WrittenAnswerRefusalTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired QuestionIntake intake;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        init(engine);
        meeting = QuestionFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEmptyWrittenAnswerIsRefusedWhenTheTaskIsCompleted() {
        PublicQuestion question = intake.submit(QuestionFixtures.submission(meeting.id(), "cabinet-member", "How are care leavers helped into work?"));
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(question.getReference()).singleResult();
        complete(task(pi), withVariables("decision", "accept"));
        for (Task draft : taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("draftAnswer").list()) {
            complete(draft, withVariables("answer", "Through apprenticeships."));
        }
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));
        execute(job(pi));
        complete(task(pi), withVariables("supplementaryAsked", true, "supplementaryText", "How many started last year?",
                "supplementaryAnswerMode", "written"));
        assertThat(pi).isWaitingAt("writeSupplementaryAnswer");
        String taskId = task(pi).getId();

        HttpResponse<String> refused = ApiClient.as(port, "cabinet-member", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"supplementaryAnswer\": {\"value\": \"  \"}}}");
        assertThat(PlainRefusal.of(refused)).isEqualTo("Write the answer to the supplementary question");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).withException().count()).isZero();

        HttpResponse<String> answered = ApiClient.as(port, "cabinet-member", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"supplementaryAnswer\": {\"value\": \"Forty-two.\"}}}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        execute(job(pi));
        assertThat(pi).hasPassed("publishSupplementaryAnswer");
    }
}
