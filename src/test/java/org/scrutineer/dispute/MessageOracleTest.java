package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Message correlation through the engine's REST API cannot tell anyone outside the dispute groups
 * whether a child has a dispute, at what stage or of what category: a message that would match a
 * dispute answers exactly as one that matches nothing.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageOracleTest {

    private static final String CAFCASS = "disputeReferredToCafcass";

    @LocalServerPort int port;
    @Autowired AppClock clock;
    @Autowired DisputeIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    private Dispute dispute;
    private String processInstanceId;

    @BeforeAll
    void aFormalDisputeOfDriftAndDelay() {
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
        dispute = intake.raise(DisputeFixtures.submission(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "drift-and-delay",
                "stage", "formal", "notifiedOn", "2027-03-01", "description", "The plan has drifted for a year.")), "iro");
        processInstanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("dispute-resolution")
                .processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult().getId();
    }

    @AfterAll
    void realTime() {
        clock.reset();
    }

    static List<String> outsiders() {
        return DisputePrivacyTest.outsiders();
    }

    private static String message(String businessKey, String extra) {
        return "{\"messageName\":\"" + CAFCASS + "\"" + (businessKey == null ? "" : ",\"businessKey\":\"" + businessKey + "\"")
                + (extra == null ? "" : "," + extra) + "}";
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void aMatchingMessageAnswersExactlyAsOneThatMatchesNothing(String user) {
        ApiClient client = ApiClient.as(port, user, "demo");
        long referrals = cafcassTasks();
        for (String path : List.of("/engine-rest/message", "/engine-rest/engine/default/message")) {
            List<String[]> probes = List.of(
                    new String[]{message(String.valueOf(dispute.getId()), null), message("999999999", null)},
                    new String[]{message(String.valueOf(dispute.getId()), "\"resultEnabled\":true"), message("999999999", "\"resultEnabled\":true")},
                    new String[]{message(String.valueOf(dispute.getId()), "\"all\":true"), message("no-such-key", "\"all\":true")},
                    new String[]{message(null, "\"correlationKeys\":{\"caseReference\":{\"value\":\"" + dispute.getCaseReference()
                            + "\",\"type\":\"String\"}}"), message(null, "\"correlationKeys\":{\"caseReference\":{\"value\":\"CYP-0000\",\"type\":\"String\"}}")},
                    new String[]{message(String.valueOf(dispute.getId()), "\"correlationKeys\":{\"stage\":{\"value\":\"formal\",\"type\":\"String\"}}"),
                            message(String.valueOf(dispute.getId()), "\"correlationKeys\":{\"stage\":{\"value\":\"informal\",\"type\":\"String\"}}")},
                    new String[]{message(null, "\"localCorrelationKeys\":{\"category\":{\"value\":\"drift-and-delay\",\"type\":\"String\"}}"),
                            message(null, "\"localCorrelationKeys\":{\"category\":{\"value\":\"other\",\"type\":\"String\"}}")},
                    new String[]{message(null, "\"processInstanceId\":\"" + processInstanceId + "\""),
                            message(null, "\"processInstanceId\":\"no-such-instance\"")});
            for (String[] probe : probes) {
                HttpResponse<String> matching = client.post(path, probe[0]);
                HttpResponse<String> nothing = client.post(path, probe[1]);
                assertThat(matching.statusCode()).as(user + " " + path + " " + probe[0]).isEqualTo(nothing.statusCode()).isBetween(400, 499);
                assertThat(matching.body()).as(user + " " + path + " " + probe[0]).isEqualTo(nothing.body())
                        .doesNotContain("dispute-resolution").doesNotContain(dispute.getCaseReference());
            }
        }
        assertThat(cafcassTasks()).isEqualTo(referrals);
    }

    private long cafcassTasks() {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("recordCafcassOutcome").count();
    }

    @Test
    void correlationKeysAreRefusedForEveryoneWithTheReason() {
        HttpResponse<String> answer = ApiClient.as(port, "iro", "demo").post("/engine-rest/message",
                message(null, "\"correlationKeys\":{\"stage\":{\"value\":\"formal\",\"type\":\"String\"}}"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("business key only");
    }

    @Test
    void anAdministratorStillReachesTheDisputeByItsBusinessKey() {
        long before = cafcassTasks();
        HttpResponse<String> answer = ApiClient.as(port, "demo", "demo").post("/engine-rest/message", message(String.valueOf(dispute.getId()),
                "\"processVariables\":{\"cafcassReferredOn\":{\"value\":\"2027-03-01\",\"type\":\"String\"}}"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        assertThat(cafcassTasks()).isEqualTo(before + 1);
    }
}
