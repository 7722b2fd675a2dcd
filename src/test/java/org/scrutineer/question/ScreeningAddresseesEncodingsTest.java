package org.scrutineer.question;

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
 * Who answers a screened question, sent through /engine-rest as a JSON variable, as JSON text or as
 * an object variable serialized as JSON: one answer task for each addressee sent. A value that is
 * not a list is refused with the reason, and the screening stays open.
 */
@ScrutineerTest
class ScreeningAddresseesEncodingsTest {

    private static final String CHAIR_AND_OFFICER = "[\\\"chair\\\", \\\"officer\\\"]";

    @LocalServerPort int port;
    @Autowired QuestionIntake intake;
    @Autowired TaskService taskService;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = QuestionFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private PublicQuestion ask() {
        return intake.submit(QuestionFixtures.submission(meeting.id(), "cabinet-member", "How are young carers identified in schools?"));
    }

    private String screening(PublicQuestion question) {
        return taskService.createTaskQuery().processInstanceBusinessKey(question.getReference()).taskDefinitionKey("screenQuestion")
                .singleResult().getId();
    }

    private HttpResponse<String> accept(String taskId, String addressees) {
        return ApiClient.as(port, "clerk", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"decision\": {\"value\": \"accept\"}, \"addressees\": " + addressees + "}}");
    }

    private void answeredByTheChairAndAnOfficer(String addressees) {
        PublicQuestion question = ask();
        HttpResponse<String> done = accept(screening(question), addressees);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(question.getReference()).taskDefinitionKey("draftAnswer").list())
                .extracting(t -> taskService.getVariable(t.getId(), "addressee")).containsExactlyInAnyOrder("chair", "officer");
    }

    @Test
    void aJsonVariable() {
        answeredByTheChairAndAnOfficer("{\"type\": \"Json\", \"value\": \"" + CHAIR_AND_OFFICER + "\"}");
    }

    @Test
    void jsonText() {
        answeredByTheChairAndAnOfficer("{\"type\": \"String\", \"value\": \"" + CHAIR_AND_OFFICER + "\"}");
    }

    @Test
    void anObjectVariableSerializedAsJson() {
        answeredByTheChairAndAnOfficer("{\"type\": \"Object\", \"value\": \"" + CHAIR_AND_OFFICER + "\", \"valueInfo\": "
                + "{\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}}");
    }

    @Test
    void aValueThatIsNotAListIsRefusedAndTheScreeningStaysOpen() {
        PublicQuestion question = ask();
        String taskId = screening(question);
        for (String unreadable : List.of("{\"type\": \"Json\", \"value\": \"[\\\"chair\\\"\"}", "{\"type\": \"Integer\", \"value\": 1}",
                "{\"type\": \"String\", \"value\": \"chair\"}")) {
            assertThat(PlainRefusal.of(accept(taskId, unreadable))).as(unreadable)
                    .startsWith("addressees must be a list, like [\"chair\", \"officer\"], but");
            assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
        }
    }
}
