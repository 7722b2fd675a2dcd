package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal and every "not found" from the API has one shape, whichever feature or door gives
 * it: the kind of problem ({@code type}), its {@code status}, the reason ({@code error}) and, when
 * fields are at fault, each field's reason ({@code errors}).
 */
@ScrutineerTest
class ApiProblemTest {

    private static final String OUTSIDE = "Give a date between 1 January 2000 and 1 December 2036";

    @LocalServerPort int port;
    @Autowired AppClock clock;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void firstOfDecember2026() {
        clock.freezeAt(Instant.parse("2026-12-01T12:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRefusalByARuleNamesItsKindStatusReasonAndTheFieldAtFault() throws Exception {
        JsonNode problem = problem(clerk().post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"1999-12-31T14:00\"}"), 422);
        assertThat(problem.fieldNames()).toIterable().containsExactly("type", "status", "error", "errors");
        assertThat(problem.path("type").asText()).isEqualTo("urn:scrutineer:problem:refused");
        assertThat(problem.path("error").asText()).isEqualTo(OUTSIDE + ".");
        assertThat(problem.path("errors").path("startsAt").asText()).isEqualTo(OUTSIDE);
    }

    @Test
    void aRequestWithFieldsMissingSaysSoForEachField() throws Exception {
        JsonNode problem = problem(ApiClient.as(port, "iro", "demo").post("/api/disputes", "{}"), 400);
        assertThat(problem.fieldNames()).toIterable().containsExactly("type", "status", "error", "errors");
        assertThat(problem.path("type").asText()).isEqualTo("urn:scrutineer:problem:invalid-request");
        assertThat(problem.path("error").asText()).isEqualTo("Enter the child's case reference.");
        assertThat(problem.path("errors").path("caseReference").asText()).isEqualTo("Enter the child's case reference");

        JsonNode unbound = problem(clerk().post("/api/meetings", "{\"committee\":\"cyp\"}"), 400);
        assertThat(unbound.path("error").asText()).contains("startsAt");
        assertThat(unbound.path("errors").path("startsAt").asText()).isNotBlank();
    }

    @Test
    void aRefusalWithNoFieldAtFaultHasNoErrors() throws Exception {
        JsonNode problem = problem(clerk().post("/api/meetings", "{\"committee\":\"nope\",\"startsAt\":\"2027-03-16T14:00\"}"), 400);
        assertThat(problem.fieldNames()).toIterable().containsExactly("type", "status", "error");
        assertThat(problem.path("type").asText()).isEqualTo("urn:scrutineer:problem:invalid-request");
        assertThat(problem.path("error").asText()).isEqualTo("There is no committee with the id 'nope'");
    }

    @Test
    void somethingNotThereIsNotFoundWhicheverFeatureIsAsked() throws Exception {
        for (String path : new String[] {"/api/meetings/987654", "/api/reports/987654", "/api/recommendations/987654",
                "/api/questions/PQ-1999-0001"}) {
            JsonNode problem = problem(ApiClient.as(port, "demo", "demo").get(path), 404);
            assertThat(problem.fieldNames()).as(path).toIterable().containsExactly("type", "status", "error");
            assertThat(problem.path("type").asText()).as(path).isEqualTo("urn:scrutineer:problem:not-found");
            assertThat(problem.path("error").asText()).as(path).startsWith("There is no ").endsWith(path.substring(path.lastIndexOf('/') + 1));
        }
        JsonNode dispute = problem(ApiClient.as(port, "iro", "demo").get("/api/disputes/987654"), 404);
        assertThat(dispute.path("error").asText()).isEqualTo("There is no dispute with the id 987654");
        JsonNode committee = problem(clerk().post("/api/committees/nope/reapply-rules", "{}"), 404);
        assertThat(committee.path("error").asText()).isEqualTo("There is no committee with the id 'nope'");
    }

    @Test
    void theDoorsBeforeAnyControllerAnswerInTheSameShape() throws Exception {
        JsonNode hidden = problem(clerk().get("/api/disputes/987654"), 404);
        assertThat(hidden.fieldNames()).toIterable().containsExactly("type", "status", "error");
        assertThat(hidden.path("type").asText()).isEqualTo("urn:scrutineer:problem:not-found");
        assertThat(hidden.path("error").asText()).isEqualTo(EngineFailures.NOT_FOUND);

        JsonNode tooLarge = problem(clerk().post("/api/meetings", "{\"venue\":\"" + "x".repeat(1_100_000) + "\"}"), 413);
        assertThat(tooLarge.fieldNames()).toIterable().containsExactly("type", "status", "error");
        assertThat(tooLarge.path("type").asText()).isEqualTo("urn:scrutineer:problem:too-large");
        assertThat(tooLarge.path("error").asText()).isEqualTo("What you sent is too large. A request may be at most 1 MB.");
    }

    private ApiClient clerk() {
        return ApiClient.as(port, "clerk", "demo");
    }

    private JsonNode problem(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(answer.body()).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as(answer.body()).isEqualTo(status);
        return problem;
    }
}
