package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ChunkedBody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 64 KB limit on a question holds however the body is sent: a client that streams it in
 * chunks, declaring no length, is refused as soon as the limit is passed, over real HTTP.
 */
@ScrutineerTest
class QuestionSizeLimitTest {

    private static final long FIFTEEN_MB = 15L * 1024 * 1024;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;
    @Autowired PublicQuestionRepository questions;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = QuestionFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String questionHead(String email) {
        return "{\"meetingId\":" + meeting.id() + ",\"name\":\"Alex Resident\",\"email\":\"" + email + "\",\"town\":\"Exemplar Town\","
                + "\"livesOrWorksInArea\":true,\"addressedTo\":\"chair\",\"text\":\"";
    }

    private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", contentType)
                .header("Accept", contentType.equals("application/json") ? "application/json" : "text/html").POST(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long storedFrom(String email) {
        return questions.findAll().stream().filter(q -> email.equals(q.getEmail())).count();
    }

    @Test
    void aFifteenMegabyteQuestionSentInChunksIsRefusedAtOnceAndNothingIsStored() throws Exception {
        String email = QuestionFixtures.uniqueEmail();
        long before = questions.count();

        long started = System.nanoTime();
        HttpResponse<String> refused = post("/api/questions", "application/json",
                ChunkedBody.of(questionHead(email), 'a', FIFTEEN_MB, "\"}"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json.readTree(refused.body()).get("error").asText())
                .isEqualTo("What you sent is too large. A question must be at most a few hundred words.");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(questions.count()).isEqualTo(before);
        assertThat(storedFrom(email)).isZero();
    }

    @Test
    void aQuestionOfNormalSizeSentInChunksIsTaken() throws Exception {
        String email = QuestionFixtures.uniqueEmail();
        HttpResponse<String> taken = post("/api/questions", "application/json",
                ChunkedBody.of(questionHead(email) + "Will the youth bus run in the summer holidays?\"}"));

        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        assertThat(json.readTree(taken.body()).get("reference").asText()).startsWith("PQ-2027-");
        assertThat(storedFrom(email)).isOne();
    }

    @Test
    void theFormSentInChunksIsTakenWithinTheLimitAndRefusedWithAPageBeyondIt() {
        String page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/meetings/" + meeting.id() + "/ask")).GET()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        String email = QuestionFixtures.uniqueEmail();
        String fields = "_csrf=" + enc(csrf) + "&name=" + enc("Zoë Ó'Brien") + "&email=" + enc(email) + "&town=" + enc("Exemplar Town")
                + "&livesOrWorksInArea=true&addressedTo=officer&text=";
        String path = "/meetings/" + meeting.id() + "/ask";

        HttpResponse<String> tooLarge = post(path, "application/x-www-form-urlencoded", ChunkedBody.of(fields, 'a', FIFTEEN_MB, ""));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("What you sent is too large", "A question must be at most a few hundred words.")
                .doesNotContain("java.", "Exception");
        assertThat(storedFrom(email)).isZero();

        HttpResponse<String> taken = post(path, "application/x-www-form-urlencoded",
                ChunkedBody.of(fields + enc("How many children wait for a foster placement?")));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(302);
        assertThat(taken.headers().firstValue("Location")).get().asString().endsWith(path + "/confirmation");
        assertThat(questions.findAll()).filteredOn(q -> email.equals(q.getEmail())).singleElement()
                .satisfies(q -> assertThat(q.getAskerName()).isEqualTo("Zoë Ó'Brien"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
