package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
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
 * The governance officer's changed choice of reviewers, sent through /engine-rest as integrations
 * and Camunda Forms send lists: a JSON variable, JSON text or an object variable serialized as
 * JSON all start the reviews chosen, never the proposal; a value that is not a list is refused.
 */
@ScrutineerTest
class ReviewerRolesEncodingsTest {

    private static final String CHANGED = "[\\\"governance\\\",\\\"finance\\\",\\\"legal\\\"]";

    @LocalServerPort int port;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired SignOffSteps steps;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
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

    /** A report whose proposal is governance, finance and equality, with its document uploaded. */
    private Report aReport() {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Short breaks sufficiency",
                ReportFixtures.flags(true, false, false, true, false)), "author");
        documents.upload(report.getId(), "r.pdf", ReportFixtures.pdf("text"), "author");
        return report;
    }

    private String approveReviewers(Report report) {
        return taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId())
                .taskDefinitionKey("approveReviewers").singleResult().getId();
    }

    private HttpResponse<String> complete(String taskId, String reviewerRoles) {
        return ApiClient.as(port, "clerk", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"reviewerRoles\": " + reviewerRoles + "}}");
    }

    private List<String> reviewGroups(Report report) {
        List<Task> reviews = taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId())
                .taskDefinitionKey("reviewReport").list();
        return reviews.stream().flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream())
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private void startsTheChangedReviews(String reviewerRoles) {
        Report report = aReport();
        assertThat(runtimeService.getVariable(steps.processOf(report).getId(), "proposedRoles"))
                .isEqualTo(List.of("governance", "finance", "equality"));
        HttpResponse<String> done = complete(approveReviewers(report), reviewerRoles);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(reviewGroups(report)).containsExactlyInAnyOrder("reviewers-governance", "reviewers-finance", "reviewers-legal");
        assertThat(runtimeService.getVariable(steps.processOf(report).getId(), "reviewerRoles"))
                .isEqualTo(List.of("governance", "finance", "legal"));
    }

    @Test
    void aJsonVariableStartsTheReviewsThatWereSent() {
        startsTheChangedReviews("{\"type\": \"Json\", \"value\": \"" + CHANGED + "\"}");
    }

    @Test
    void jsonTextStartsTheReviewsThatWereSent() {
        startsTheChangedReviews("{\"type\": \"String\", \"value\": \"" + CHANGED + "\"}");
    }

    @Test
    void anObjectVariableSerializedAsJsonStartsTheReviewsThatWereSent() {
        startsTheChangedReviews("{\"type\": \"Object\", \"value\": \"" + CHANGED + "\", \"valueInfo\": "
                + "{\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}}");
    }

    @Test
    void aValueThatIsNotAListIsRefusedWithTheReasonAndTheTaskStaysOpen() {
        Report report = aReport();
        String taskId = approveReviewers(report);
        for (String unreadable : List.of(
                "{\"type\": \"String\", \"value\": \"[governance\"}",
                "{\"type\": \"Json\", \"value\": \"[governance\"}",
                "{\"type\": \"Integer\", \"value\": 3}",
                "{\"type\": \"Json\", \"value\": \"{\\\"governance\\\": true}\"}",
                "{\"type\": \"String\", \"value\": \"governance, legal\"}",
                "{\"type\": \"Json\", \"value\": \"[1, 2]\"}")) {
            String message = PlainRefusal.of(complete(taskId, unreadable));
            assertThat(message).as(unreadable).startsWith("reviewerRoles must be a list, like [\"governance\", \"finance\"], but");
            assertThat(taskService.createTaskQuery().taskId(taskId).count()).as(unreadable).isOne();
            assertThat(reviewGroups(report)).as(unreadable).isEmpty();
        }
        assertThat(PlainRefusal.of(complete(taskId, "{\"type\": \"String\", \"value\": \"[governance\"}")))
                .contains("its JSON is incomplete or malformed");
        assertThat(PlainRefusal.of(complete(taskId, "{\"type\": \"Integer\", \"value\": 3}"))).contains("it was a number");
    }
}
