package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
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
 * The sign-off's rules refusing a completion through /engine-rest, as the Tasklist completes tasks:
 * 422 with only the plain reason, both URL forms, and the task still open.
 */
@ScrutineerTest
class SignOffRefusalsTest {

    private static final List<String> COMPLETE = List.of("/engine-rest/task/%s/complete", "/engine-rest/engine/default/task/%s/complete",
            "/engine-rest/task/%s/submit-form");

    @LocalServerPort int port;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired SignOffSteps steps;
    @Autowired TaskService taskService;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = ReportFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Report register(String author) {
        return registration.register(ReportFixtures.request(meeting.id(), "Fostering recruitment",
                ReportFixtures.flags(false, false, false, false, false)), author);
    }

    private String task(Report report, String key) {
        return taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId()).taskDefinitionKey(key).singleResult().getId();
    }

    /** Each door refuses with the same plain reason, and the task is still there afterwards. */
    private String refusedEverywhere(String user, String taskId, String variables) {
        String message = null;
        for (String door : COMPLETE) {
            HttpResponse<String> answer = ApiClient.as(port, user, "demo").post(door.formatted(taskId), "{\"variables\": " + variables + "}");
            String reason = PlainRefusal.of(answer);
            assertThat(message == null || message.equals(reason)).as(door + ": " + reason).isTrue();
            message = reason;
            assertThat(taskService.createTaskQuery().taskId(taskId).count()).as(door).isOne();
        }
        return message;
    }

    @Test
    void reviewersCannotBeApprovedBeforeTheAuthorUploadsTheReport() {
        Report report = register("author");
        String message = refusedEverywhere("clerk", task(report, "approveReviewers"), "{\"governanceReview\": {\"value\": true}}");
        assertThat(message).isEqualTo("The author has not uploaded the report yet. Reviewers can be approved once there is a document to review");
    }

    @Test
    void anUnknownNamedReviewerIsRefused() {
        Report report = register("author");
        documents.upload(report.getId(), "r.pdf", ReportFixtures.pdf("text"), "author");
        String message = refusedEverywhere("clerk", task(report, "approveReviewers"),
                "{\"legalReview\": {\"value\": true}, \"legalReviewer\": {\"value\": \"no-such-person\"}}");
        assertThat(message).isEqualTo("There is no user 'no-such-person' to review for Legal");
    }

    @Test
    void theAuthorNamedAsReviewerIsRefused() {
        Report report = register("author");
        documents.upload(report.getId(), "r.pdf", ReportFixtures.pdf("text"), "author");
        String message = refusedEverywhere("clerk", task(report, "approveReviewers"),
                "{\"legalReview\": {\"value\": true}, \"legalReviewer\": {\"value\": \"author\"}}");
        assertThat(message).contains("wrote this report, so they cannot review it");
    }

    @Test
    void theAuthorCannotApproveTheirOwnReport() {
        Report report = register("demo");
        documents.upload(report.getId(), "r.pdf", ReportFixtures.pdf("text"), "demo");
        steps.chooseReviewers(report, List.of("governance"));
        steps.review(report, "governance", "reviewer-governance");
        String message = refusedEverywhere("demo", task(report, "approveReport"), "{\"approved\": {\"value\": true}}");
        assertThat(message).startsWith("You wrote this report, so you cannot approve it");
    }

    @Test
    void aReturnedReportNeedsItsReasons() {
        Report report = register("author");
        documents.upload(report.getId(), "r.pdf", ReportFixtures.pdf("text"), "author");
        steps.chooseReviewers(report, List.of("governance"));
        steps.review(report, "governance", "reviewer-governance");
        String message = refusedEverywhere("director", task(report, "approveReport"), "{\"approved\": {\"value\": false}}");
        assertThat(message).isEqualTo("Say why the report is returned, so the author can revise it");
    }
}
