package org.scrutineer.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code /api/actions}: a clerk enters an action for staff or for a partner and is answered
 * {@code 201 {id, dueBy, status}}; everything wrong is named at once; the tracker lists actions by
 * committee, meeting, status and as of any day, in JSON and in CSV; only democratic services and the
 * statutory scrutiny officer reach it.
 */
@ScrutineerTest
class ActionApiTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired TrackedActions actions;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeetingInJanuary2030() {
        clock.freezeAt(Instant.parse("2030-01-16T09:00:00Z"));
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2030-01-15T18:00").plusMinutes(System.nanoTime() % 50), null);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String body(String owner) {
        return "{\"committee\": \"cyp\", \"meetingId\": " + meeting.id() + ", \"minute\": 8, \"text\": \"Send the number of children in unregistered placements\", "
                + "\"kind\": \"information-request\", " + owner + "}";
    }

    @Test
    void aClerkEntersActionsForStaffAndForAPartnerAndTheTrackerListsThemAsOfAnyDay() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        HttpResponse<String> staff = clerk.post("/api/actions", body("\"owner\": \"directors\""));
        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(201);
        JsonNode created = json.readTree(staff.body());
        assertThat(created.path("dueBy").asText()).as("10 working days after the meeting").isEqualTo("2030-01-29");
        assertThat(created.path("status").asText()).isEqualTo("OPEN");
        assertThat(staff.headers().firstValue("Location")).hasValue("/api/actions/" + created.path("id").asLong());

        HttpResponse<String> partner = clerk.post("/api/actions", body("\"ownerName\": \"Pat Partner\", \"ownerEmail\": \"pat@icb.example.org\", \"dueBy\": \"2030-01-20\""));
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(201);
        JsonNode external = json.readTree(partner.body());
        assertThat(external.path("dueBy").asText()).isEqualTo("2030-01-20");
        assertThat(external.path("ownerEmail").asText()).isEqualTo("pat@icb.example.org");

        String query = "/api/actions?committee=cyp&meetingId=" + meeting.id();
        assertThat(json.readTree(clerk.get(query).body()).findValuesAsText("status")).containsExactly("OPEN", "OPEN");
        assertThat(json.readTree(clerk.get(query + "&asOf=2030-01-22").body()).findValuesAsText("status")).containsExactly("OPEN", "OVERDUE");
        assertThat(json.readTree(clerk.get(query + "&asOf=2030-01-22&status=overdue").body()).findValuesAsText("ownerName")).containsExactly("Pat Partner");
        assertThat(json.readTree(clerk.get(query + "&asOf=2030-01-15").body())).as("nothing was set by the meeting's own day").isEmpty();

        HttpResponse<String> asCsv = ApiClient.as(port, "scrutiny-officer", "demo").get(query + "&asOf=2030-01-22", "text/csv");
        assertThat(asCsv.statusCode()).isEqualTo(200);
        assertThat(asCsv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = asCsv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("id,committee,meeting_id,meeting_date,minute,kind,text,owner,owner_name,owner_email,due_by");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("Pat Partner", "pat@icb.example.org", "OVERDUE", "2030-01-22");
    }

    @Test
    void everythingWrongIsNamedAtOnceAndNothingIsKept() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        HttpResponse<String> refused = clerk.post("/api/actions", "{\"committee\": \"cyp\", \"meetingId\": " + meeting.id()
                + ", \"text\": \" \", \"kind\": \"wish\", \"owner\": \"nobody-here\", \"dueBy\": \"2030-13-01\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("errors").path("text").asText()).isEqualTo("Say what the committee asked for");
        assertThat(problem.path("errors").path("kind").asText()).contains("action or an information request");
        assertThat(problem.path("errors").path("owner").asText()).isEqualTo("There is no member of staff or team with the id nobody-here");
        assertThat(problem.path("errors").path("dueBy").asText()).contains("YYYY-MM-DD");

        JsonNode partner = json.readTree(clerk.post("/api/actions", body("\"ownerName\": \"Pat\", \"ownerEmail\": \"not-an-address\"")).body());
        assertThat(partner.path("errors").path("ownerEmail").asText()).contains("right format");
        JsonNode both = json.readTree(clerk.post("/api/actions", body("\"owner\": \"directors\", \"ownerEmail\": \"pat@icb.example.org\"")).body());
        assertThat(both.path("errors").path("owner").asText()).contains("not both");
        JsonNode early = json.readTree(clerk.post("/api/actions", body("\"owner\": \"directors\", \"dueBy\": \"2030-01-01\"")).body());
        assertThat(early.path("errors").path("dueBy").asText()).contains("on or after the meeting");
        assertThat(clerk.post("/api/actions", "{\"meetingId\": 99999999, \"text\": \"x\", \"kind\": \"action\", \"owner\": \"directors\"}").statusCode())
                .isEqualTo(400);
        assertThat(clerk.post("/api/actions", "").statusCode()).isEqualTo(400);

        assertThat(json.readTree(clerk.get("/api/actions?meetingId=" + meeting.id()).body())).isEmpty();

        assertThat(clerk.get("/api/actions?status=LOST").statusCode()).isEqualTo(400);
        assertThat(clerk.get("/api/actions?asOf=yesterday").statusCode()).isEqualTo(400);
        assertThat(clerk.get("/api/actions?committee=nowhere").statusCode()).isEqualTo(404);
        assertThat(clerk.get("/api/actions/99999999").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyDemocraticServicesAndTheScrutinyOfficerReachTheTracker() throws Exception {
        assertThat(ApiClient.anonymous(port).get("/api/actions").statusCode()).isEqualTo(401);
        assertThat(ApiClient.as(port, "member", "demo").get("/api/actions").statusCode()).isEqualTo(403);
        assertThat(ApiClient.as(port, "director", "demo").post("/api/actions", body("\"owner\": \"directors\"")).statusCode()).isEqualTo(403);
        assertThat(ApiClient.as(port, "scrutiny-officer", "demo").get("/api/actions?committee=cyp").statusCode()).isEqualTo(200);
    }

    @Test
    void democraticServicesCloseAnActionThroughTheApi() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        long id = json.readTree(clerk.post("/api/actions", body("\"owner\": \"directors\"")).body()).path("id").asLong();
        HttpResponse<String> refused = clerk.post("/api/actions/" + id + "/close", "{}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("errors").path("note").asText()).contains("Say why");
        HttpResponse<String> closed = clerk.post("/api/actions/" + id + "/close", "{\"note\": \"Covered by the report at the next meeting\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json.readTree(closed.body()).path("status").asText()).isEqualTo("CLOSED");
        assertThat(clerk.post("/api/actions/" + id + "/close", "{\"note\": \"again\"}").statusCode()).isEqualTo(409);
    }
}
