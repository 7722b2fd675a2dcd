package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instances started on an earlier version of report-signoff stay on it until they are migrated. That
 * version checked and saved each sign-off in the task's complete listener (confirmReviewers,
 * recordReview, recordApproval): its instances still refuse what they refused and save what they saved.
 */
@ScrutineerTest
class FormerSignOffModelTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired ReportRepository reports;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private Deployment former;

    @BeforeEach
    void theFormerVersionIsDeployed() {
        init(engine);
        former = repositoryService.createDeployment().name("former report-signoff")
                .addClasspathResource("former-models/report-signoff.bpmn").deploy();
    }

    @AfterEach
    void theFormerVersionIsRemoved() {
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(former.getId(), true);
        clock.reset();
    }

    private void as(String user, Runnable work) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task only(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    @Test
    void anInstanceOnTheFormerVersionIsSignedOffAsBefore() {
        var meeting = ReportFixtures.meeting(meetings, clock);
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Youth justice services",
                ReportFixtures.flags(false, false, false, false, false)), "author");
        documents.upload(report.getId(), "report.pdf", ReportFixtures.pdf("version 1"), "author");
        ProcessInstance current = runtimeService.createProcessInstanceQuery().processDefinitionKey("report-signoff")
                .processInstanceBusinessKey(String.valueOf(report.getId())).singleResult();
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("former-report-signoff", String.valueOf(report.getId()),
                runtimeService.getVariables(current.getId()));
        runtimeService.deleteProcessInstance(current.getId(), "the former version signs this report off");

        assertThatThrownBy(() -> as("clerk", () -> taskService.complete(only(pi, "approveReviewers").getId(),
                Map.of("reviewerRoles", List.of("catering"))))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("'catering' is not a reviewer role");
        as("clerk", () -> taskService.complete(only(pi, "approveReviewers").getId(), Map.of("reviewerRoles", List.of("governance"))));
        assertThat(reports.findById(report.getId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.IN_REVIEW);

        as("reviewer-governance", () -> taskService.complete(only(pi, "reviewReport").getId(), Map.of("outcome", "approve", "comments", "")));
        assertThat(reports.findById(report.getId()).orElseThrow().latestSignOffs().get(ReviewerRole.GOVERNANCE)).isPresent().get()
                .satisfies(s -> assertThat(s.getReviewerName()).isEqualTo("Gita Governance"));

        assertThatThrownBy(() -> as("director", () -> taskService.complete(only(pi, "approveReport").getId(),
                Map.of("approved", false, "approvalComments", "")))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Say why the report is returned");
        as("director", () -> taskService.complete(only(pi, "approveReport").getId(), Map.of("approved", true, "approvalComments", "")));

        assertThat(pi).hasPassed("reportApproved").isWaitingAt("agendaPublication");
        assertThat(reports.findById(report.getId()).orElseThrow().getApprovedBy()).isEqualTo("Dee Director");
    }
}
