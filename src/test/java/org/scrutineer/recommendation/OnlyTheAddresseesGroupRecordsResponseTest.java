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

/**
 * Through the engine's REST API, as integrations and the Tasklist use it: only the group configured
 * for the recommendation's addressee completes recordExecutiveResponse; to everyone else it is not there.
 */
@ScrutineerTest
class OnlyTheAddresseesGroupRecordsResponseTest {

    private static final String ACCEPTED = "{\"variables\":{\"decision\":{\"value\":\"accepted\",\"type\":\"String\"}}}";
    private static final String NOTED_BY_FULL_COUNCIL = "{\"variables\":{\"decision\":{\"value\":\"noted\",\"type\":\"String\"},"
            + "\"respondedBy\":{\"value\":\"Full Council\",\"type\":\"String\"}}}";

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

    private HttpResponse<String> completeAs(String user, String taskId, String body) {
        return ApiClient.as(port, user, "demo").post("/engine-rest/task/" + taskId + "/complete", body);
    }

    private Recommendation decided(Recommendation r) {
        return recommendations.findById(r.getId()).orElseThrow();
    }

    @Test
    void onlyTheCabinetRecordsTheExecutivesResponse() {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));
        String taskId = RecommendationFixtures.responseTaskOf(taskService, r);

        for (String other : new String[] {"clerk", "scrutiny-officer", "chair", "director"}) {
            HttpResponse<String> refused = completeAs(other, taskId, ACCEPTED);
            assertThat(refused.statusCode()).as(other + ": " + refused.body()).isEqualTo(404);
        }
        assertThat(decided(r).getDecision()).isNull();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

        HttpResponse<String> done = completeAs("cabinet-member", taskId, ACCEPTED);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(decided(r).getDecision()).isEqualTo("accepted");
        assertThat(decided(r).getRespondedBy()).isEqualTo("Kit Cabinet");
    }

    @Test
    void democraticServicesRecordFullCouncilsResolutionAndSayItIsTheCouncils() {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "council", "general"));
        String taskId = RecommendationFixtures.responseTaskOf(taskService, r);

        for (String other : new String[] {"cabinet-member", "scrutiny-officer", "chair"}) {
            HttpResponse<String> refused = completeAs(other, taskId, NOTED_BY_FULL_COUNCIL);
            assertThat(refused.statusCode()).as(other + ": " + refused.body()).isEqualTo(404);
        }
        HttpResponse<String> nobodyNamed = completeAs("clerk", taskId, ACCEPTED);
        assertThat(nobodyNamed.statusCode()).as(nobodyNamed.body()).isEqualTo(422);
        assertThat(nobodyNamed.body()).contains("Say who gave the response").doesNotContain("ENGINE-", "Exception");
        assertThat(decided(r).getDecision()).isNull();

        HttpResponse<String> done = completeAs("clerk", taskId, NOTED_BY_FULL_COUNCIL);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(decided(r).getDecision()).isEqualTo("noted");
        assertThat(decided(r).getRespondedBy()).isEqualTo("Full Council");
    }

    @Test
    void theStatutoryScrutinyOfficerRecordsWhatAPartnerBodySaid() {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "partner", "general"));
        String taskId = RecommendationFixtures.responseTaskOf(taskService, r);
        for (String other : new String[] {"cabinet-member", "clerk"}) {
            HttpResponse<String> refused = completeAs(other, taskId, NOTED_BY_FULL_COUNCIL);
            assertThat(refused.statusCode()).as(other + ": " + refused.body()).isEqualTo(404);
        }
        HttpResponse<String> done = completeAs("scrutiny-officer", taskId,
                "{\"variables\":{\"decision\":{\"value\":\"accepted\",\"type\":\"String\"},"
                        + "\"respondedBy\":{\"value\":\"Safeguarding partnership\",\"type\":\"String\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(decided(r).getRespondedBy()).isEqualTo("Safeguarding partnership");
    }

    @Test
    void eachGroupSeesOnlyTheResponseTasksItRecords() {
        String executiveTask = RecommendationFixtures.responseTaskOf(taskService, intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general")));
        String councilTask = RecommendationFixtures.responseTaskOf(taskService, intake.record(RecommendationFixtures.submission(meeting.id(), "council", "general")));
        assertThat(ApiClient.as(port, "cabinet-member", "demo").get("/engine-rest/task?taskId=" + executiveTask).body()).contains(executiveTask);
        assertThat(ApiClient.as(port, "clerk", "demo").get("/engine-rest/task?taskId=" + executiveTask).body()).doesNotContain(executiveTask);
        assertThat(ApiClient.as(port, "clerk", "demo").get("/engine-rest/task?taskId=" + councilTask).body()).contains(councilTask);
        assertThat(ApiClient.as(port, "cabinet-member", "demo").get("/engine-rest/task?taskId=" + councilTask).body()).doesNotContain(councilTask);
    }
}
