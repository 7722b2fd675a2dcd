package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open data API as another system reads it, without signing in: each resource as JSON and CSV,
 * with ETag and Last-Modified, 304 when nothing changed, paging, CORS open, no exempt item and no
 * email address anywhere, and an OpenAPI 3 description that validates and lists every open endpoint
 * and nothing of the staff API.
 */
@ScrutineerTest
class OpenDataApiTest {

    static final List<String> RESOURCES = List.of("/api/open/committees", "/api/open/committees/cyp/members", "/api/open/meetings",
            "/api/open/meetings/{meeting}/documents", "/api/open/meetings/{meeting}/questions", "/api/open/meetings/{meeting}/agenda-items",
            "/api/open/recommendations", "/api/open/committees/cyp/work-programme", "/api/open/committees/cyp/actions");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired RecommendationIntake intake;
    @Autowired RecommendationRepository recommendations;
    @Autowired TransactionTemplate transactions;
    @Autowired AppClock clock;
    @Autowired org.scrutineer.action.TrackedActions actions;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ScheduledMeeting meeting;
    private String secret;

    @BeforeEach
    void aMeetingWithAnOpenAndAnExemptRecommendation() {
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-03-23T18:00"), null);
        intake.record(new RecommendationSubmission(meeting.id(), "Open data topic", "1", "Publish the waiting times", "executive", "general", null));
        secret = "Exempt placement costs " + System.nanoTime();
        Recommendation exempt = intake.record(new RecommendationSubmission(meeting.id(), "Exempt topic", "2", secret, "executive", "general", null));
        transactions.executeWithoutResult(status -> recommendations.findById(exempt.getId()).orElseThrow().fromMinute(7, true));
        actions.add(new org.scrutineer.action.ActionRequest("cyp", meeting.id(), 6, "Send the committee the waiting times", "information-request",
                null, "Dr Alex Rivers", "alex.rivers@icb.example.org", null), "clerk");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace("{meeting}", String.valueOf(meeting.id())))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResourceAnswersJsonAndCsvWithCachingHeadersAndNothingPrivate() throws Exception {
        for (String resource : RESOURCES) {
            HttpResponse<String> answer = get(resource);
            assertThat(answer.statusCode()).as(resource + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(resource).get().asString().startsWith("application/json");
            JsonNode page = json.readTree(answer.body());
            assertThat(page.has("items") && page.has("total") && page.has("page")).as(resource).isTrue();
            String etag = answer.headers().firstValue("ETag").orElseThrow();
            assertThat(answer.headers().firstValue("Last-Modified")).as(resource).isPresent();
            assertThat(get(resource, "If-None-Match", etag).statusCode()).as(resource + " unchanged").isEqualTo(304);

            HttpResponse<String> csv = get(resource, "Accept", "text/csv");
            assertThat(csv.statusCode()).as(resource).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).as(resource).get().asString().startsWith("text/csv");
            assertThat(csv.headers().firstValue("ETag")).as(resource).isPresent().get().isNotEqualTo(etag);
            assertThat(get(resource + "?format=csv").body()).as(resource).isEqualTo(csv.body());

            for (String body : List.of(everyPage(resource), csv.body())) {
                assertThat(EMAIL.matcher(body).find()).as(resource + " carries no email address").isFalse();
                assertThat(body).as(resource + " carries nothing exempt").doesNotContain(secret);
            }
        }
        assertThat(everyPage("/api/open/recommendations")).contains("Publish the waiting times").doesNotContain(secret);
        assertThat(everyPage("/api/open/meetings")).contains("\"id\":" + meeting.id());
        assertThat(everyPage("/api/open/committees/cyp/actions")).as("the partner's name, not their address").doesNotContain("alex.rivers@")
                .contains("Send the committee the waiting times", "Dr Alex Rivers");
    }

    /** Every page of the resource, one after the other. */
    private String everyPage(String resource) throws Exception {
        StringBuilder all = new StringBuilder();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            HttpResponse<String> answer = get(resource + "?size=500&page=" + page);
            assertThat(answer.statusCode()).as(resource + " page " + page).isEqualTo(200);
            pages = json.readTree(answer.body()).path("pages").asInt();
            all.append(answer.body());
        }
        return all.toString();
    }

    @Test
    void pagesAreCountedAndABadPageIsRefusedInWords() throws Exception {
        JsonNode first = json.readTree(get("/api/open/recommendations?size=1").body());
        assertThat(first.path("items")).hasSize(1);
        assertThat(first.path("pages").asInt()).isEqualTo(first.path("total").asInt());
        HttpResponse<String> tooMany = get("/api/open/recommendations?size=100000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("Ask for between 1 and 500 rows a page").doesNotContain("Exception");
        assertThat(get("/api/open/meetings/999999999/documents").statusCode()).isEqualTo(404);
    }

    @Test
    void anyWebPageMayReadItButNobodyMayWriteToIt() throws Exception {
        HttpResponse<String> cors = get("/api/open/committees", "Origin", "https://data.example.org");
        assertThat(cors.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/open/committees"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://data.example.org")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "if-none-match").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/open/committees"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(401, 403, 404, 405);
    }

    @Test
    void theOpenApiDescriptionValidatesListsEveryOpenEndpointAndNoStaffOne() throws Exception {
        HttpResponse<String> description = get("/api/open/openapi.json");
        assertThat(description.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(description.body());
        assertThat(parsed.getMessages()).as("the document validates").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        List<String> paths = List.copyOf(parsed.getOpenAPI().getPaths().keySet());
        assertThat(paths).containsAll(RESOURCES.stream().map(r -> r.replace("{meeting}", "{id}").replace("/cyp/", "/{id}/")).toList());
        assertThat(paths).allMatch(p -> p.startsWith("/api/open/"));
        assertThat(get("/api/open/docs").statusCode()).as("the Swagger UI").isIn(200, 302);
    }
}
