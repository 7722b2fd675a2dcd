package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
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
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A report's tasks say which report and which meeting they are for, in the Tasklist's list and its columns. */
@ScrutineerTest
class ReportTaskNamesTest {

    private static final String TITLE = "Sufficiency of foster placements";

    @LocalServerPort int port;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired MeetingService meetings;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeetingOnTheTwentyThirdOfMarch() {
        meeting = ReportFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Task approveReviewersFor(String title) {
        Report report = registration.register(ReportFixtures.request(meeting.id(), title,
                ReportFixtures.flags(false, false, false, false, false)), "author");
        documents.upload(report.getId(), "report.pdf", ReportFixtures.pdf("version 1"), "author");
        return taskService.createTaskQuery().processDefinitionKey("report-signoff")
                .processInstanceBusinessKey(String.valueOf(report.getId())).taskDefinitionKey("approveReviewers").singleResult();
    }

    @Test
    void theTaskNamesTheReportAndItsMeeting() {
        Task task = approveReviewersFor(TITLE);

        assertThat(task.getName()).isEqualTo("Approve the reviewers: Sufficiency of foster placements (meeting 23 March)");
        assertThat(taskService.getVariableLocal(task.getId(), "item")).isEqualTo(TITLE);
        assertThat(taskService.getVariableLocal(task.getId(), "meeting")).isEqualTo("23 March 2027");
    }

    @Test
    void theNewTaskEmailStillSaysWhatIsToBeDone() {
        long before = outbox.count();
        approveReviewersFor(TITLE);

        assertThat(outbox.findAll().stream().skip(before).filter(m -> m.getKind().equals("new-task")))
                .extracting(OutboxMessage::getSubject).contains("New task: Approve the reviewers");
    }

    /** Monday 22 March 2027, a working day after the task fell due. */
    @Test
    void theOverdueDigestNamesTheReportAndItsMeeting() {
        Task task = approveReviewersFor(TITLE);
        long before = outbox.count();
        assertThat(task.getDueDate()).isBefore("2027-03-19");
        clock.freezeAt(Instant.parse("2027-03-22T08:30:00Z"));

        var sweep = ApiClient.as(port, "demo", "demo").post("/api/admin/reminders/run", "");

        assertThat(sweep.statusCode()).as(sweep.body()).isEqualTo(200);
        assertThat(outbox.findAll().stream().skip(before)
                .filter(m -> m.getKind().equals("overdue-digest") && m.getRecipient().startsWith("clerk@")))
                .extracting(OutboxMessage::getBody).singleElement().asString()
                .contains("- Approve the reviewers: Sufficiency of foster placements (meeting 23 March) (Report sign-off), due ");
    }

    @Test
    void aTitleTooLongForTheEnginesColumnIsCutShortAndKeepsTheMeeting() {
        String title = "A review of " + "placement stability and sufficiency ".repeat(8).strip();
        Task task = approveReviewersFor(title);

        assertThat(task.getName()).hasSizeLessThanOrEqualTo(255).startsWith("Approve the reviewers: A review of placement")
                .endsWith("… (meeting 23 March)");
        assertThat(taskService.getVariableLocal(task.getId(), "item")).isEqualTo(title);
    }

    @Test
    void whenTheMeetingMovesTheTaskNamesTheNewDay() {
        Task task = approveReviewersFor(TITLE);

        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-03-30T14:00"), null);

        Task moved = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(moved.getName()).isEqualTo("Approve the reviewers: Sufficiency of foster placements (meeting 30 March)");
        assertThat(taskService.getVariableLocal(task.getId(), "meeting")).isEqualTo("30 March 2027");
    }

    @Test
    void theClerksFilterShowsWhatTheTaskIsAboutAndItsMeetingAsColumns() throws Exception {
        Task task = approveReviewersFor(TITLE);
        String filter = filterService.createFilterQuery().filterName("My groups' tasks").singleResult().getId();

        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=1000"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/hal+json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode embedded = new ObjectMapper().readTree(list.body()).get("_embedded");
        JsonNode listed = null;
        for (JsonNode t : embedded.get("task")) {
            if (t.get("id").asText().equals(task.getId())) {
                listed = t;
            }
        }
        assertThat(listed).as("the clerk's task is listed").isNotNull();
        assertThat(listed.get("name").asText()).isEqualTo("Approve the reviewers: Sufficiency of foster placements (meeting 23 March)");
        List<String> columns = listed.get("_embedded").get("variable").findValuesAsText("name");
        assertThat(columns).contains("item", "meeting");
        assertThat(listed.get("_embedded").get("variable").findValuesAsText("value")).contains(TITLE, "23 March 2027");
    }
}
