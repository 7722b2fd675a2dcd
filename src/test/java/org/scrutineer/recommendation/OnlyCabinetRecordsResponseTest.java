package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.TaskService;
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

/** Through the engine's REST API, as integrations and the Tasklist use it: only the cabinet completes recordExecutiveResponse. */
@ScrutineerTest
class OnlyCabinetRecordsResponseTest {

    private static final String ACCEPTED = "{\"variables\":{\"decision\":{\"value\":\"accepted\",\"type\":\"String\"}}}";

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired RecommendationIntake intake;
    @Autowired RecommendationRepository recommendations;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = RecommendationFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String responseTaskOf(Recommendation r) {
        String key = String.valueOf(r.getId());
        taskService.complete(taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(key).taskDefinitionKey("sendRecommendation")
                .singleResult().getId());
        return taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(key).taskDefinitionKey("recordExecutiveResponse").singleResult().getId();
    }

    private HttpResponse<String> completeAs(String user, String taskId) {
        return ApiClient.as(port, user, "demo").post("/engine-rest/task/" + taskId + "/complete", ACCEPTED);
    }

    @Test
    void otherStaffAreRefusedAndACabinetMemberCompletesIt() {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));
        String taskId = responseTaskOf(r);

        for (String other : new String[] {"clerk", "scrutiny-officer", "chair", "director"}) {
            HttpResponse<String> refused = completeAs(other, taskId);
            assertThat(refused.statusCode()).as(other + ": " + refused.body()).isEqualTo(404);
        }
        assertThat(recommendations.findById(r.getId()).orElseThrow().getDecision()).isNull();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

        HttpResponse<String> done = completeAs("cabinet-member", taskId);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(recommendations.findById(r.getId()).orElseThrow().getDecision()).isEqualTo("accepted");
    }

    @Test
    void theCabinetMemberSeesTheTaskAndTheClerkDoesNot() {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));
        String taskId = responseTaskOf(r);
        assertThat(ApiClient.as(port, "cabinet-member", "demo").get("/engine-rest/task?taskId=" + taskId).body()).contains(taskId);
        assertThat(ApiClient.as(port, "clerk", "demo").get("/engine-rest/task?taskId=" + taskId).body()).doesNotContain(taskId);
    }
}
