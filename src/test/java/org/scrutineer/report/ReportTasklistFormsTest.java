package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Tasklist's side of the sign-off, through the same engine REST calls the Tasklist makes: the
 * approveReviewers form opens with the proposal ticked, and submitting it chooses the reviewers;
 * the author's own approval is refused with the plain-English reason.
 */
@ScrutineerTest
class ReportTasklistFormsTest {

    @LocalServerPort int port;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired SignOffSteps steps;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;
    @Autowired ObjectMapper json;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = ReportFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Report register(String author, ReportRegistrationRequest.Implications flags) {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Children's homes sufficiency", flags), author);
        documents.upload(report.getId(), "r.pdf", ReportFixtures.pdf("text"), author);
        return report;
    }

    private Task task(Report report, String key) {
        return taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId()).taskDefinitionKey(key).singleResult();
    }

    @Test
    void theApproveReviewersFormOpensWithTheProposalTickedAndItsSubmissionChoosesTheReviewers() throws Exception {
        Report report = register("author", ReportFixtures.flags(true, false, false, false, true));
        Task approve = task(report, "approveReviewers");
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");

        HttpResponse<String> form = clerk.get("/engine-rest/task/" + approve.getId() + "/deployed-form");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(json.readTree(form.body()).get("id").asText()).isEqualTo("approveReviewers");

        HttpResponse<String> variables = clerk.get("/engine-rest/task/" + approve.getId() + "/form-variables");
        assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
        JsonNode values = json.readTree(variables.body());
        assertThat(values.get("governanceReview").get("value").asBoolean()).isTrue();
        assertThat(values.get("financeReview").get("value").asBoolean()).isTrue();
        assertThat(values.get("riskReview").get("value").asBoolean()).isTrue();
        assertThat(values.get("legalReview").get("value").asBoolean()).isFalse();
        assertThat(values.get("governanceReview").get("type").asText()).isEqualTo("Boolean");
        assertThat(values.get("riskReviewer").get("value").asText()).isEmpty();

        HttpResponse<String> submitted = clerk.post("/engine-rest/task/" + approve.getId() + "/submit-form", """
                {"variables": {"governanceReview": {"value": true}, "financeReview": {"value": true}, "riskReview": {"value": false},
                               "legalReview": {"value": true}, "legalReviewer": {"value": "reviewer-risk"}}}
                """);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(runtimeService.getVariable(steps.processOf(report).getId(), "reviewerRoles")).isEqualTo(List.of("governance", "finance", "legal"));
        List<Task> reviews = taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId()).taskDefinitionKey("reviewReport").list();
        assertThat(reviews).hasSize(3).anySatisfy(t -> assertThat(t.getAssignee()).isEqualTo("reviewer-risk"));
    }

    @Test
    void theAuthorIsToldPlainlyWhyTheyCannotApproveTheirOwnReport() throws Exception {
        Report report = register("demo", ReportFixtures.flags(false, false, false, false, false));
        steps.chooseReviewers(report, List.of("governance"));
        steps.review(report, "governance", "reviewer-governance");
        Task approve = task(report, "approveReport");

        HttpResponse<String> refused = ApiClient.as(port, "demo", "demo").post("/engine-rest/task/" + approve.getId() + "/submit-form",
                "{\"variables\": {\"approved\": {\"value\": true}}}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).get("message").asText())
                .startsWith("You wrote this report, so you cannot approve it. Another director must approve it")
                .doesNotContain("ENGINE-").doesNotContain("TaskListener").doesNotContain("Exception");
        assertThat(task(report, "approveReport")).isNotNull();

        HttpResponse<String> approved = ApiClient.as(port, "director", "demo").post("/engine-rest/task/" + approve.getId() + "/submit-form",
                "{\"variables\": {\"approved\": {\"value\": true}}}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    }
}
