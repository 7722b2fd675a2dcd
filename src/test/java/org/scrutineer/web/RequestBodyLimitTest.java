package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every door that takes a body takes at most 1 MB ({@code scrutineer.web.max-body-size}) unless its
 * feature says otherwise, whether the body declares its length or arrives in chunks: the JSON API,
 * the engine's REST API and the pages alike.
 */
@ScrutineerTest
class RequestBodyLimitTest {

    private static final long TWO_MB = 2L * 1024 * 1024;
    private static final String MEETING = "{\"committee\":\"cyp\",\"startsAt\":\"2031-05-20T14:00\",\"venue\":\"";

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long meetingsHeldIn(String venue) {
        return meetings.all().stream().filter(m -> venue.equals(m.venue())).count();
    }

    @Test
    void aLargeBodyToTheApiIsRefusedWhetherItDeclaresItsLengthOrComesInChunks() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        long before = meetings.all().size();

        long started = System.nanoTime();
        HttpResponse<String> chunked = clerk.post("/api/meetings", "application/json", ChunkedBody.of(MEETING, 'x', TWO_MB, "\"}"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json.readTree(chunked.body()).get("error").asText()).isEqualTo("What you sent is too large. A request may be at most 1 MB.");

        HttpResponse<String> declared = clerk.post("/api/meetings", "application/json",
                HttpRequest.BodyPublishers.ofString(MEETING + "x".repeat((int) TWO_MB) + "\"}"));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(meetings.all()).hasSize((int) before);
    }

    @Test
    void aBodyWithinTheLimitSentInChunksIsReadWhole() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        HttpResponse<String> created = clerk.post("/api/meetings", "application/json",
                ChunkedBody.of(MEETING + "Committee Room 7, Chunked House\"}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(meetingsHeldIn("Committee Room 7, Chunked House")).isOne();
    }

    @Test
    void theEngineRestApiIsHeldToTheSameLimitAndAnswersInItsOwnShape() throws Exception {
        HttpResponse<String> refused = ApiClient.as(port, "demo", "demo").post("/engine-rest/task", "application/json",
                ChunkedBody.of("{\"name\":\"", 'x', TWO_MB, "\"}"));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json.readTree(refused.body()).get("message").asText()).isEqualTo("What you sent is too large. A request may be at most 1 MB.");

        HttpResponse<String> answered = ApiClient.as(port, "demo", "demo").post("/engine-rest/task", "application/json",
                ChunkedBody.of("{\"name\":\"No task is called this\"}"));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).isEqualTo("[]");
    }

    @Test
    void aMultipartBodyAnywhereButTheReportUploadIsHeldToTheGeneralLimitAsItIsRead() throws Exception {
        String head = "--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"huge.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        HttpResponse<String> refused = ApiClient.as(port, "demo", "demo").post("/engine-rest/deployment/create",
                "multipart/form-data; boundary=b", ChunkedBody.of(head, 'x', TWO_MB, "\r\n--b--\r\n"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(json.readTree(refused.body()).get("message").asText()).isEqualTo("What you sent is too large. A request may be at most 1 MB.");
    }

    @Test
    void theSignInFormIsStillReadFromItsBody() {
        assertThat(StaffSession.signIn(port, "clerk", "demo").get("/staff").statusCode()).isEqualTo(200);
    }
}
