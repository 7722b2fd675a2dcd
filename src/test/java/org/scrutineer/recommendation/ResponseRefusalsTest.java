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
import org.scrutineer.web.PlainRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The response's rules refusing a completion through /engine-rest: 422 with the plain reason, the task still open. */
@ScrutineerTest
class ResponseRefusalsTest {

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

    private HttpResponse<String> complete(String taskId, String variables) {
        return ApiClient.as(port, "cabinet-member", "demo").post("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}");
    }

    @Test
    void notAcceptingTheRecommendationNeedsItsReasons() {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));
        String taskId = RecommendationFixtures.responseTaskOf(taskService, r);
        assertThat(PlainRefusal.of(complete(taskId, "{\"decision\": {\"value\": \"not-accepted\"}}")))
                .isEqualTo("Give the reasons: they are required unless the recommendation is accepted or noted");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(recommendations.findById(r.getId()).orElseThrow().getDecision()).isNull();
    }

    @Test
    void anExtensionNeedsALaterDate() {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));
        String taskId = RecommendationFixtures.responseTaskOf(taskService, r);
        assertThat(PlainRefusal.of(complete(taskId, "{\"requestExtension\": {\"value\": true}, \"extensionReason\": {\"value\": \"Awaiting a review.\"},"
                + " \"newDueDate\": {\"value\": \"2027-01-13\"}}")))
                .startsWith("Give the new date for the response: it must be after the current due date");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }
}
