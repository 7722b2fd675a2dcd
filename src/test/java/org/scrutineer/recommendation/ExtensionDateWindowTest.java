package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The executive may ask for more time, but not until a date no one could mean. */
@ScrutineerTest
class ExtensionDateWindowTest {

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired RecommendationIntake intake;
    @Autowired RecommendationRepository recommendations;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @ParameterizedTest(name = "a new due date of {0}")
    @CsvSource(delimiter = '|', value = {
            "9999-01-01       | The new date for the response must be between 1 January 2000 and 12 January 2037",
            "2037-01-13       | The new date for the response must be between 1 January 2000 and 12 January 2037",
            "+999999999-01-01 | Enter the newDueDate as a date, like 2027-03-31",
            "0000-01-01       | Give the new date for the response: it must be after the current due date, 2027-03-12"})
    void anExtensionToADateOutsideTheWindowIsRefusedThroughTheEngine(String newDueDate, String reason) throws Exception {
        ScheduledMeeting meeting = RecommendationFixtures.meeting(meetings, clock);
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));
        String key = String.valueOf(r.getId());
        taskService.complete(taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(key).singleResult().getId());
        Task respond = taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(key).singleResult();
        assertThat(respond.getTaskDefinitionKey()).isEqualTo("recordExecutiveResponse");

        HttpResponse<String> refused = ApiClient.as(port, "cabinet-member", "demo").post("/engine-rest/task/" + respond.getId() + "/complete",
                "{\"variables\":{\"requestExtension\":{\"value\":true,\"type\":\"Boolean\"},"
                        + "\"extensionReason\":{\"value\":\"The budget is set in March.\",\"type\":\"String\"},"
                        + "\"newDueDate\":{\"value\":\"" + newDueDate + "\",\"type\":\"String\"}}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).path("message").asText()).isEqualTo(reason);
        assertThat(recommendations.findById(r.getId()).orElseThrow().getDueDate()).isEqualTo(LocalDate.parse("2027-03-12"));
        assertThat(taskService.createTaskQuery().taskId(respond.getId()).count()).as("the task stays open").isOne();
    }
}
