package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report-signoff process, path by path. The meeting is on Tuesday 23 March 2027: reports are
 * due on Thursday 11 March, the agenda is published on Monday 15 March, and a report not approved
 * by 5pm on Thursday 11 March is escalated.
 */
@ScrutineerTest
class ReportSignOffProcessTest {

    private static final Instant ESCALATION = Instant.parse("2027-03-11T17:00:00Z");
    private static final Instant AGENDA_PUBLICATION = Instant.parse("2027-03-15T09:00:00Z");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired ReportRepository reports;
    @Autowired MeetingService meetings;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeetingOnTheTwentyThirdOfMarch() {
        init(engine);
        meeting = ReportFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTimeAndNobodySignedIn() {
        identityService.clearAuthentication();
        clock.reset();
    }

    // ---- helpers that read like the people doing the work ----

    private Report register(String author, ReportRegistrationRequest request) {
        Report report = registration.register(request, author);
        documents.upload(report.getId(), "report.pdf", ReportFixtures.pdf("version 1"), author);
        return report;
    }

    private Report register(ReportRegistrationRequest.Implications flags) {
        return register("author", ReportFixtures.request(meeting.id(), "Sufficiency of foster placements", flags));
    }

    private ProcessInstance processOf(Report report) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("report-signoff").processInstanceBusinessKey(String.valueOf(report.getId())).singleResult();
    }

    private Report reload(Report report) {
        return reports.findById(report.getId()).orElseThrow();
    }

    private void signInAs(String user) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
    }

    private void as(String user, Runnable work) {
        signInAs(user);
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task only(ProcessInstance pi, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    private List<Task> reviews(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("reviewReport").list();
    }

    private Task reviewFor(ProcessInstance pi, String role) {
        return reviews(pi).stream().filter(t -> role.equals(taskService.getVariable(t.getId(), "role"))).findFirst().orElseThrow();
    }

    private Map<String, Object> ticked(ProcessInstance pi) {
        return taskService.getVariables(only(pi, "approveReviewers").getId());
    }

    private void confirmReviewers(ProcessInstance pi, Map<String, Object> choice) {
        as("clerk", () -> taskService.complete(only(pi, "approveReviewers").getId(), choice));
    }

    private void review(ProcessInstance pi, String role, String reviewer, String outcome, String comments) {
        Task task = reviewFor(pi, role);
        as(reviewer, () -> taskService.complete(task.getId(), withVariables("outcome", outcome, "comments", comments)));
    }

    private void reviseWithNewVersion(Report report, ProcessInstance pi) {
        documents.upload(report.getId(), "report-v2.docx", ReportFixtures.docx("revised"), "author");
        as("author", () -> taskService.complete(only(pi, "reviseReport").getId()));
    }

    private void decide(ProcessInstance pi, String director, boolean approved, String comments) {
        as(director, () -> taskService.complete(only(pi, "approveReport").getId(),
                withVariables("approved", approved, "approvalComments", comments)));
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private List<OutboxMessage> mail(String kind) {
        return outbox.findAll().stream().filter(m -> m.getKind().equals(kind)).toList();
    }

    private Job timer(ProcessInstance pi, String activity) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activity).timers().singleResult();
    }

    private boolean dueNow(Job job) {
        return managementService.createJobQuery().jobId(job.getId()).executable().count() == 1;
    }

    private void approveAllTheWay(Report report, ProcessInstance pi) {
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance")));
        review(pi, "governance", "reviewer-governance", "approve", "");
        decide(pi, "director", true, "");
    }

    // ---- the DMN's proposal, as the governance officer sees it ----

    @Test
    void theProposalIsTickedForEachFlagAndGovernanceAlways() {
        record Case(ReportRegistrationRequest request, String expectedBesidesGovernance) {
        }
        var plain = ReportFixtures.flags(false, false, false, false, false);
        List<Case> cases = List.of(
                new Case(ReportFixtures.request(meeting.id(), "Resources", ReportFixtures.flags(true, false, false, false, false)), "finance"),
                new Case(ReportFixtures.request(meeting.id(), "Legal", ReportFixtures.flags(false, true, false, false, false)), "legal"),
                new Case(ReportFixtures.request(meeting.id(), "Procurement", ReportFixtures.flags(false, false, true, false, false)), "procurement"),
                new Case(ReportFixtures.request(meeting.id(), "Equality", ReportFixtures.flags(false, false, false, true, false)), "equality"),
                new Case(ReportFixtures.request(meeting.id(), "Risk", ReportFixtures.flags(false, false, false, false, true)), "risk"),
                new Case(new ReportRegistrationRequest(meeting.id(), "Key decision", "Director", "open", null, "key",
                        List.of("All wards"), plain, false), "legal"),
                new Case(new ReportRegistrationRequest(meeting.id(), "Exempt", "Director", "exempt", "3", "non-key",
                        List.of("All wards"), plain, false), "legal"),
                new Case(new ReportRegistrationRequest(meeting.id(), "Public interest", "Director", "open", null, "non-key",
                        List.of("All wards"), plain, true), "communications"),
                new Case(ReportFixtures.request(meeting.id(), "Nothing flagged", plain), null));

        for (Case c : cases) {
            ProcessInstance pi = processOf(register("author", c.request()));
            assertThat(pi).hasPassed("proposeReviewers").isWaitingAt("approveReviewers").task()
                    .hasCandidateGroup("democratic-services").hasDueDate(Date.from(Instant.parse("2027-03-03T17:00:00Z")));
            Map<String, Object> boxes = ticked(pi);
            for (ReviewerRole role : ReviewerRole.values()) {
                boolean expected = role == ReviewerRole.GOVERNANCE || role.id().equals(c.expectedBesidesGovernance());
                assertThat(boxes.get(role.checkbox())).as("%s: %s ticked", c.request().title(), role.id()).isEqualTo(expected);
            }
        }
    }

    @Test
    void theGovernanceOfficerChangesTheProposalAndNamesAPerson() {
        Report report = register(ReportFixtures.flags(true, false, false, true, false));
        ProcessInstance pi = processOf(report);
        assertThat(ticked(pi)).containsEntry("financeReview", true).containsEntry("equalityReview", true).containsEntry("riskReview", false);

        confirmReviewers(pi, withVariables("financeReview", false, "riskReview", true, "riskReviewer", "reviewer-legal"));

        assertThat(runtimeService.getVariable(pi.getId(), "reviewerRoles")).isEqualTo(List.of("governance", "equality", "risk"));
        assertThat(reviews(pi)).hasSize(3);
        assertThat(candidateGroups(reviewFor(pi, "governance"))).containsExactly("reviewers-governance");
        assertThat(candidateGroups(reviewFor(pi, "equality"))).containsExactly("reviewers-equality");
        assertThat(reviewFor(pi, "risk").getAssignee()).isEqualTo("reviewer-legal");
        assertThat(candidateGroups(reviewFor(pi, "risk"))).isEmpty();
        assertThat(reload(report).getChosenRoles()).containsExactly(ReviewerRole.GOVERNANCE, ReviewerRole.EQUALITY, ReviewerRole.RISK);
    }

    @Test
    void reviewersCannotBeChosenWithoutADocumentNorLeftEmpty() {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Not yet written", ReportFixtures.flags(false, false, false, false, false)), "author");
        ProcessInstance pi = processOf(report);

        assertThatThrownBy(() -> confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance"))))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("has not uploaded the report yet");
        documents.upload(report.getId(), "r.pdf", ReportFixtures.pdf("now written"), "author");
        assertThatThrownBy(() -> confirmReviewers(pi, withVariables("governanceReview", false)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Choose at least one reviewer role");
        assertThatThrownBy(() -> confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance", "catering"))))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("'catering' is not a reviewer role");
        assertThat(pi).isWaitingAt("approveReviewers");
    }

    // ---- reviews, the change loop and the director ----

    @Test
    void threeParallelReviewsWithOneChangeLoopThenTheDirectorApproves() {
        Report report = register(ReportFixtures.flags(true, false, false, true, false));
        ProcessInstance pi = processOf(report);
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance", "finance", "equality")));

        assertThat(pi).isWaitingAt("reviewReport");
        assertThat(reviews(pi)).hasSize(3).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-03-08T17:00:00Z"))));
        assertThat(reload(report).getStatus()).isEqualTo(ReportStatus.IN_REVIEW);

        clock.freezeAt(Instant.parse("2027-03-04T10:00:00Z"));
        review(pi, "governance", "reviewer-governance", "approve", "");
        review(pi, "finance", "reviewer-finance", "changes", "Show the cost per placement.");
        assertThat(only(pi, "approveReport")).as("no approval while a review is open").isNull();
        review(pi, "equality", "reviewer-equality", "approve", "Impact assessment attached.");

        assertThat(pi).hasPassed("collectReviews").isWaitingAt("reviseReport");
        Task revise = only(pi, "reviseReport");
        assertThat(revise.getAssignee()).isEqualTo("author");
        assertThat(taskService.getVariable(revise.getId(), "changesAsked")).isEqualTo("Finance (Fin Finance): Show the cost per placement.");
        assertThat(only(pi, "approveReport")).isNull();

        assertThatThrownBy(() -> as("author", () -> taskService.complete(revise.getId())))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Upload a new version");
        clock.freezeAt(Instant.parse("2027-03-05T10:00:00Z"));
        reviseWithNewVersion(report, pi);

        assertThat(reviews(pi)).as("only the reviewer who asked for changes reviews again").singleElement()
                .satisfies(t -> assertThat(taskService.getVariable(t.getId(), "role")).isEqualTo("finance"));
        assertThat(taskService.getVariables(reviews(pi).get(0).getId())).containsEntry("comments", "").containsEntry("outcome", null);
        review(pi, "finance", "reviewer-finance", "approve", "Thank you.");

        assertThat(pi).isWaitingAt("approveReport").task().hasCandidateGroup("directors")
                .hasDueDate(Date.from(Instant.parse("2027-03-11T17:00:00Z")));
        clock.freezeAt(Instant.parse("2027-03-08T10:00:00Z"));
        decide(pi, "director", true, "");

        assertThat(pi).hasPassed("reportApproved").isWaitingAt("agendaPublication");
        Report approved = reload(report);
        assertThat(approved.getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.getApprovedBy()).isEqualTo("Dee Director");
        assertThat(approved.getApprovedOn()).isEqualTo(LocalDate.of(2027, 3, 8));
        Map<ReviewerRole, Optional<SignOff>> record = approved.latestSignOffs();
        assertThat(record.keySet()).containsExactly(ReviewerRole.GOVERNANCE, ReviewerRole.FINANCE, ReviewerRole.EQUALITY);
        assertThat(record.get(ReviewerRole.FINANCE)).get().satisfies(s -> {
            assertThat(s.getReviewerName()).isEqualTo("Fin Finance");
            assertThat(s.getSignedAt()).isEqualTo(Instant.parse("2027-03-05T10:00:00Z"));
            assertThat(s.isApproval()).isTrue();
        });
        assertThat(record.get(ReviewerRole.GOVERNANCE)).get().satisfies(s -> assertThat(s.getReviewerName()).isEqualTo("Gita Governance"));
        assertThat(approved.getSignOffs()).hasSize(4);
    }

    @Test
    void aReviewAskingForChangesMustSayWhat() {
        ProcessInstance pi = processOf(register(ReportFixtures.flags(false, false, false, false, false)));
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance")));
        assertThatThrownBy(() -> review(pi, "governance", "reviewer-governance", "changes", " "))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Say what needs to change");
        assertThatThrownBy(() -> review(pi, "governance", "reviewer-governance", "maybe", ""))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Choose whether you approve");
        assertThat(reviews(pi)).hasSize(1);
    }

    @Test
    void theDirectorRefusesAndTheRevisedReportComesBackToTheDirector() {
        Report report = register(ReportFixtures.flags(false, false, false, false, false));
        ProcessInstance pi = processOf(report);
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance")));
        review(pi, "governance", "reviewer-governance", "approve", "");

        assertThatThrownBy(() -> decide(pi, "director", false, ""))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Say why the report is returned");
        decide(pi, "director", false, "The recommendations are not clear.");

        assertThat(pi).isWaitingAt("reviseReport");
        assertThat(reload(report).getStatus()).isEqualTo(ReportStatus.CHANGES_REQUESTED);
        assertThat(reload(report).getApprovedBy()).isNull();
        assertThat(taskService.getVariable(only(pi, "reviseReport").getId(), "changesAsked"))
                .isEqualTo("The director returned the report: The recommendations are not clear.");

        reviseWithNewVersion(report, pi);
        assertThat(pi).hasPassed("whoAskedForChanges").isWaitingAt("approveReport");
        assertThat(reviews(pi)).as("the reviews stand").isEmpty();
        decide(pi, "director", true, "");
        assertThat(reload(report).getStatus()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void theAuthorCannotApproveTheirOwnReportEvenAsADirector() {
        Report report = register("demo", ReportFixtures.request(meeting.id(), "Written by a director", ReportFixtures.flags(false, false, false, false, false)));
        ProcessInstance pi = processOf(report);
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance")));
        review(pi, "governance", "reviewer-governance", "approve", "");
        Task approval = only(pi, "approveReport");
        assertThat(identityService.createGroupQuery().groupMember("demo").groupId("directors").count()).isEqualTo(1);

        assertThatThrownBy(() -> decide(pi, "demo", true, ""))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("You wrote this report, so you cannot approve it. Another director must approve it");
        assertThatThrownBy(() -> as("demo", () -> taskService.claim(approval.getId(), "demo")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("You wrote this report");
        assertThatThrownBy(() -> taskService.complete(approval.getId(), withVariables("approved", true)))
                .as("nobody signed in").isInstanceOf(ProcessEngineException.class).hasMessageContaining("signed-in director");

        assertThat(pi).isWaitingAt("approveReport");
        assertThat(reload(report).getApprovedBy()).isNull();
        decide(pi, "director", true, "");
        assertThat(reload(report).getApprovedBy()).isEqualTo("Dee Director");
    }

    @Test
    void theAuthorCannotReviewTheirOwnReportEvenAsAMemberOfTheReviewersGroup() {
        Report report = register("demo", ReportFixtures.request(meeting.id(), "Written by a governance reviewer", ReportFixtures.flags(false, false, false, false, false)));
        ProcessInstance pi = processOf(report);
        assertThat(identityService.createGroupQuery().groupMember("demo").groupId("reviewers-governance").count()).isEqualTo(1);
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance")));
        Task governance = reviewFor(pi, "governance");
        assertThat(candidateGroups(governance)).containsExactly("reviewers-governance");

        assertThatThrownBy(() -> review(pi, "governance", "demo", "approve", ""))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("You wrote this report, so you cannot review it. Another Governance reviewer must review it");
        assertThatThrownBy(() -> as("demo", () -> taskService.claim(governance.getId(), "demo")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("You wrote this report, so you cannot review it");
        assertThatThrownBy(() -> taskService.setAssignee(governance.getId(), "demo"))
                .as("given to the author by someone else").isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("You wrote this report, so you cannot review it");

        assertThat(pi).isWaitingAt("reviewReport");
        assertThat(reviewFor(pi, "governance").getAssignee()).isNull();
        assertThat(reload(report).getSignOffs()).isEmpty();
        review(pi, "governance", "reviewer-governance", "approve", "");
        assertThat(pi).isWaitingAt("approveReport");
        assertThat(reload(report).latestSignOffs().get(ReviewerRole.GOVERNANCE)).get()
                .satisfies(s -> assertThat(s.getReviewerName()).isEqualTo("Gita Governance"));
    }

    @Test
    void theAuthorCannotBeNamedToReviewForAnyRole() {
        Report report = register("demo", ReportFixtures.request(meeting.id(), "Written by a reviewer", ReportFixtures.flags(false, false, false, false, false)));
        ProcessInstance pi = processOf(report);

        for (ReviewerRole role : ReviewerRole.values()) {
            assertThatThrownBy(() -> confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance", role.id()), role.namedReviewer(), "demo")))
                    .as(role.id()).isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Demo Administrator wrote this report, so they cannot review it. Name someone else to review for "
                            + role.title() + ", or leave the name empty for the " + role.title() + " reviewers");
        }
        assertThatThrownBy(() -> confirmReviewers(pi, withVariables("governanceReview", true, "governanceReviewer", " demo ")))
                .as("named on the form").isInstanceOf(ProcessEngineException.class).hasMessageContaining("wrote this report");

        assertThat(pi).isWaitingAt("approveReviewers");
        assertThat(reviews(pi)).isEmpty();
        assertThat(reload(report).getChosenRoles()).isEmpty();
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance"), "governanceReviewer", "reviewer-governance"));
        assertThat(reviewFor(pi, "governance").getAssignee()).isEqualTo("reviewer-governance");
    }

    // ---- deadlines: escalation and a moved meeting ----

    @Test
    void aReportNotApprovedTwoWorkingDaysBeforeAgendaPublicationIsEscalatedOnce() {
        Report report = register(ReportFixtures.flags(false, false, false, false, false));
        ProcessInstance pi = processOf(report);
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance")));
        review(pi, "governance", "reviewer-governance", "approve", "");
        as("director", () -> taskService.claim(only(pi, "approveReport").getId(), "director"));

        Job escalation = timer(pi, "approvalAtRisk");
        assertThat(escalation.getDuedate()).isEqualTo(Date.from(ESCALATION));
        clock.freezeAt(ESCALATION.minusSeconds(60));
        assertThat(dueNow(escalation)).isFalse();
        clock.freezeAt(ESCALATION.plusSeconds(60));
        assertThat(dueNow(escalation)).isTrue();
        managementService.executeJob(escalation.getId());

        assertThat(pi).hasPassed("escalateReport", "escalated").isWaitingAt("approveReport");
        List<OutboxMessage> sent = mail(EscalateReport.KIND).stream().filter(m -> m.getBody().contains("/staff/reports/" + report.getId() + "\n")).toList();
        assertThat(sent).extracting(OutboxMessage::getRecipient)
                .containsExactlyInAnyOrder("clerk@council.example", "demo@council.example", "director@council.example");
        assertThat(sent).allSatisfy(m -> {
            assertThat(m.getSubject()).isEqualTo("Report at risk of missing the agenda: Sufficiency of foster placements");
            assertThat(m.getBody()).contains("Monday 15 March 2027", "/staff/reports/" + report.getId());
        });
        assertThat(timer(pi, "approvalAtRisk")).as("escalated once").isNull();
    }

    @Test
    void anApprovedReportIsNotEscalated() {
        ProcessInstance pi = processOf(register(ReportFixtures.flags(false, false, false, false, false)));
        Report report = reload(reports.findById(Long.valueOf(pi.getBusinessKey())).orElseThrow());
        approveAllTheWay(report, pi);
        assertThat(timer(pi, "approvalAtRisk")).isNull();
        assertThat(pi).hasNotPassed("escalateReport");
    }

    @Test
    void whenTheMeetingMovesTheDueDatesAndTimersFollow() {
        Report report = register(ReportFixtures.flags(false, false, false, false, false));
        ProcessInstance pi = processOf(report);
        confirmReviewers(pi, withVariables("reviewerRoles", List.of("governance", "finance")));

        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-03-30T14:00"), null);

        // Good Friday and Easter Monday (26 and 29 March 2027) are not working days: reports are now
        // due on Tuesday 16 March and the agenda is published on Thursday 18 March.
        assertThat(reviews(pi)).hasSize(2).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-03-11T17:00:00Z"))));
        assertThat(timer(pi, "approvalAtRisk").getDuedate()).isEqualTo(Date.from(Instant.parse("2027-03-16T17:00:00Z")));
        assertThat(runtimeService.getVariable(pi.getId(), "meetingTitle")).asString().contains("30 March 2027");

        review(pi, "governance", "reviewer-governance", "approve", "");
        review(pi, "finance", "reviewer-finance", "approve", "");
        assertThat(only(pi, "approveReport").getDueDate()).isEqualTo(Date.from(Instant.parse("2027-03-16T17:00:00Z")));
        decide(pi, "director", true, "");
        assertThat(timer(pi, "agendaPublication").getDuedate()).isEqualTo(Date.from(Instant.parse("2027-03-18T09:00:00Z")));

        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-04-20T14:00"), null);
        LocalDate agendaDay = meetings.get(meeting.id()).deadlines().agendaPublicationDate();
        assertThat(agendaDay).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(timer(pi, "agendaPublication").getDuedate()).isEqualTo(Date.from(Instant.parse("2027-04-12T08:00:00Z")));
    }

    // ---- publication with the agenda ----

    @Test
    void onlyApprovedReportsArePublishedOnTheAgendaPublicationDate() {
        Report approved = register(ReportFixtures.flags(false, false, false, false, false));
        ProcessInstance approvedPi = processOf(approved);
        approveAllTheWay(approved, approvedPi);
        Report unapproved = register(ReportFixtures.flags(false, false, false, false, false));
        ProcessInstance unapprovedPi = processOf(unapproved);
        confirmReviewers(unapprovedPi, withVariables("reviewerRoles", List.of("governance")));

        Job publication = timer(approvedPi, "agendaPublication");
        assertThat(publication.getDuedate()).isEqualTo(Date.from(AGENDA_PUBLICATION));
        clock.freezeAt(AGENDA_PUBLICATION.minusSeconds(60));
        assertThat(dueNow(publication)).isFalse();
        clock.freezeAt(AGENDA_PUBLICATION);
        for (Job due : managementService.createJobQuery().executable().list()) {
            if (due.getProcessInstanceId() != null && List.of(approvedPi.getId(), unapprovedPi.getId()).contains(due.getProcessInstanceId())) {
                managementService.executeJob(due.getId());
            }
        }

        assertThat(approvedPi).hasPassed("publishReport", "reportPublished").isEnded();
        assertThat(reload(approved).getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(reload(approved).getPublishedAt()).isEqualTo(AGENDA_PUBLICATION);
        assertThat(unapprovedPi).hasNotPassed("publishReport").isWaitingAt("reviewReport");
        assertThat(reload(unapproved).getStatus()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(reload(unapproved).getPublishedAt()).isNull();
        assertThat(timer(unapprovedPi, "agendaPublication")).isNull();
    }
}
