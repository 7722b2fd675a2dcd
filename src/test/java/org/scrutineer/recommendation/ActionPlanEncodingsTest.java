package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * The action plan of an executive response, sent through /engine-rest as a JSON variable, as JSON
 * text or as an object variable serialized as JSON, is recorded the same way; a value that is not
 * a list is refused with the reason and the task stays open.
 */
@ScrutineerTest
class ActionPlanEncodingsTest {

    private static final String PLAN = "[{\\\"action\\\": \\\"Publish the short-breaks statement\\\", \\\"owner\\\": \\\"Head of SEND\\\", "
            + "\\\"byWhen\\\": \\\"2027-09-30\\\", \\\"successMeasure\\\": \\\"Statement online\\\"}, "
            + "\\\"Survey families | Head of SEND | 2027-12-31 | 100 replies\\\"]";

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

    private HttpResponse<String> respond(String taskId, String actions) {
        return ApiClient.as(port, "cabinet-member", "demo").post("/engine-rest/task/" + taskId + "/complete", """
                {"variables": {"decision": {"value": "partially-accepted"}, "reasons": {"value": "Not before the new provider starts."},
                               "actions": %s}}""".formatted(actions));
    }

    private void recordsThePlan(String actions) {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));
        HttpResponse<String> done = respond(RecommendationFixtures.responseTaskOf(taskService, r), actions);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        List<RecommendationAction> plan = recommendations.findById(r.getId()).orElseThrow().getActions();
        assertThat(plan).extracting(RecommendationAction::getAction).containsExactly("Publish the short-breaks statement", "Survey families");
        assertThat(plan).extracting(RecommendationAction::getOwner).containsExactly("Head of SEND", "Head of SEND");
        assertThat(plan).extracting(RecommendationAction::getByWhen).containsExactly(LocalDate.parse("2027-09-30"), LocalDate.parse("2027-12-31"));
        assertThat(plan).extracting(RecommendationAction::getSuccessMeasure).containsExactly("Statement online", "100 replies");
    }

    @Test
    void aJsonVariable() {
        recordsThePlan("{\"type\": \"Json\", \"value\": \"" + PLAN + "\"}");
    }

    @Test
    void jsonText() {
        recordsThePlan("{\"type\": \"String\", \"value\": \"" + PLAN + "\"}");
    }

    @Test
    void anObjectVariableSerializedAsJson() {
        recordsThePlan("{\"type\": \"Object\", \"value\": \"" + PLAN + "\", \"valueInfo\": "
                + "{\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}}");
    }

    @Test
    void linesTypedInTheFormAreStillRead() {
        recordsThePlan("{\"type\": \"String\", \"value\": \"Publish the short-breaks statement | Head of SEND | 2027-09-30 | Statement online\\n"
                + "Survey families | Head of SEND | 2027-12-31 | 100 replies\"}");
    }

    @Test
    void aValueThatIsNotAListIsRefusedAndTheTaskStaysOpen() {
        Recommendation r = intake.record(RecommendationFixtures.submission(meeting.id(), "executive", "general"));
        String taskId = RecommendationFixtures.responseTaskOf(taskService, r);
        for (String unreadable : List.of("{\"type\": \"Json\", \"value\": \"[{\\\"action\\\": \"}", "{\"type\": \"Integer\", \"value\": 7}",
                "{\"type\": \"Json\", \"value\": \"{\\\"action\\\": \\\"Publish\\\"}\"}", "{\"type\": \"String\", \"value\": \"[Publish\"}")) {
            assertThat(PlainRefusal.of(respond(taskId, unreadable))).as(unreadable).startsWith("actions must be a list, like [{");
            assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
        }
        assertThat(PlainRefusal.of(respond(taskId, "{\"type\": \"Json\", \"value\": \"[7]\"}")))
                .isEqualTo("Action 1 could not be read: give each as action | owner | by when | success measure");
        assertThat(recommendations.findById(r.getId()).orElseThrow().getDecision()).isNull();
    }
}
