package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
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
 * The model shows what is saved: each sign-off task's listener only checks what was entered, and
 * the service task after it saves it. Each review is saved within its own role's scope, so parallel
 * reviewers keep their own answers, and the sign-off names who signed it.
 */
@ScrutineerTest
class SignOffSavedAfterEachTaskTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired ReportRepository reports;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private Report report;
    private ProcessInstance pi;

    @BeforeEach
    void aReportWithItsDocument() {
        init(engine);
        var meeting = ReportFixtures.meeting(meetings, clock);
        report = registration.register(ReportFixtures.request(meeting.id(), "Short breaks for disabled children",
                ReportFixtures.flags(true, false, false, false, false)), "author");
        documents.upload(report.getId(), "report.pdf", ReportFixtures.pdf("version 1"), "author");
        pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("report-signoff")
                .processInstanceBusinessKey(String.valueOf(report.getId())).singleResult();
    }

    @AfterEach
    void realTimeAndNobodySignedIn() {
        identityService.clearAuthentication();
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

    private Task only(String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private Task reviewFor(String role) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("reviewReport").list().stream()
                .filter(t -> role.equals(taskService.getVariable(t.getId(), "role"))).findFirst().orElseThrow();
    }

    private Report reload() {
        return reports.findById(report.getId()).orElseThrow();
    }

    @Test
    void theChosenReviewersAreSavedByTheStepAfterTheTask() {
        assertThatThrownBy(() -> as("clerk", () -> taskService.complete(only("approveReviewers").getId(), Map.of("reviewerRoles", List.of()))))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Choose at least one reviewer role");
        assertThat(pi).isWaitingAt("approveReviewers").hasNotPassed("recordReviewers");

        as("clerk", () -> taskService.complete(only("approveReviewers").getId(),
                Map.of("reviewerRoles", List.of("finance", "governance"), "financeReviewer", "reviewer-finance")));

        assertThat(pi).hasPassed("approveReviewers", "recordReviewers").isWaitingAt("reviewReport");
        assertThat(reload().getStatus()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(runtimeService.getVariable(pi.getId(), "rolesToReview")).isEqualTo(List.of("governance", "finance"));
        assertThat(reviewFor("finance").getAssignee()).isEqualTo("reviewer-finance");
    }

    @Test
    void eachReviewIsSavedInItsOwnRolesScopeAndNamesWhoSignedIt() {
        as("clerk", () -> taskService.complete(only("approveReviewers").getId(), Map.of("reviewerRoles", List.of("governance", "finance"))));
        clock.freezeAt(Instant.parse("2027-03-03T11:00:00Z"));

        assertThatThrownBy(() -> as("reviewer-governance", () -> taskService.complete(reviewFor("governance").getId(),
                Map.of("outcome", "changes", "comments", " ")))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Say what needs to change");
        assertThat(pi).hasNotPassed("recordReview");
        assertThat(reload().getSignOffs()).isEmpty();

        as("reviewer-governance", () -> taskService.complete(reviewFor("governance").getId(),
                Map.of("outcome", "changes", "comments", "The savings need their source.")));

        assertThat(pi).hasPassed("recordReview").isWaitingAt("reviewReport");
        Task finance = reviewFor("finance");
        assertThat(taskService.getVariable(finance.getId(), "outcome")).as("the other review keeps its own answer").isNull();
        assertThat(taskService.getVariable(finance.getId(), "comments")).isEqualTo("");
        assertThat(reload().latestSignOffs().get(ReviewerRole.GOVERNANCE)).isPresent().get().satisfies(s -> {
            assertThat(s.getOutcome()).isEqualTo(SignOff.CHANGES);
            assertThat(s.getComments()).isEqualTo("The savings need their source.");
            assertThat(s.getReviewerUser()).isEqualTo("reviewer-governance");
            assertThat(s.getReviewerName()).isEqualTo("Gita Governance");
            assertThat(s.getSignedAt()).isEqualTo(Instant.parse("2027-03-03T11:00:00Z"));
        });

        as("reviewer-finance", () -> taskService.complete(finance.getId(), Map.of("outcome", "approve", "comments", "")));
        assertThat(reload().latestSignOffs().get(ReviewerRole.FINANCE)).isPresent().get().satisfies(s -> {
            assertThat(s.getReviewerUser()).isEqualTo("reviewer-finance");
            assertThat(s.getComments()).isNull();
        });
        assertThat(pi).isWaitingAt("reviseReport");
    }

    @Test
    void theDirectorsDecisionIsSavedByTheStepAfterTheTask() {
        as("clerk", () -> taskService.complete(only("approveReviewers").getId(), Map.of("reviewerRoles", List.of("governance"))));
        as("reviewer-governance", () -> taskService.complete(reviewFor("governance").getId(), Map.of("outcome", "approve", "comments", "")));

        assertThatThrownBy(() -> as("director", () -> taskService.complete(only("approveReport").getId(),
                Map.of("approved", "perhaps", "approvalComments", "")))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Choose whether you approve the report");
        assertThat(pi).isWaitingAt("approveReport").hasNotPassed("recordApproval");

        as("director", () -> taskService.complete(only("approveReport").getId(), Map.of("approved", "true", "approvalComments", "")));

        assertThat(pi).hasPassed("approveReport", "recordApproval").isWaitingAt("agendaPublication");
        assertThat(reload().getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(reload().getApprovedBy()).isEqualTo("Dee Director");
        assertThat(Optional.ofNullable(reload().getApprovedOn())).isPresent();
    }
}
