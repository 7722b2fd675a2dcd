package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

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

@ScrutineerTest
class RecommendationApiTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = RecommendationFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ApiClient as(String user) {
        return ApiClient.as(port, user, "demo");
    }

    @Test
    void democraticServicesRecordARecommendationAndReadItBack() throws Exception {
        HttpResponse<String> created = as("clerk").post("/api/recommendations", RecommendationFixtures.json(meeting.id(), "executive", "general"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).path("id").asLong();
        assertThat(id).isPositive();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/recommendations/" + id);

        JsonNode one = json.readTree(as("member").get("/api/recommendations/" + id).body());
        assertThat(one.path("meetingId").asLong()).isEqualTo(meeting.id());
        assertThat(one.path("meetingDate").asText()).isEqualTo("2027-01-12");
        assertThat(one.path("topic").asText()).isEqualTo("Children missing education");
        assertThat(one.path("number").asText()).isEqualTo("2");
        assertThat(one.path("addressee").asText()).isEqualTo("executive");
        assertThat(one.path("scrutinyType").asText()).isEqualTo("general");
        assertThat(one.path("responseStatus").asText()).isEqualTo("NOT_SENT");

        JsonNode all = json.readTree(as("clerk").get("/api/recommendations").body());
        assertThat(all.findValues("id")).extracting(JsonNode::asLong).contains(id);
    }

    @Test
    void theStatutoryScrutinyOfficerMayRecordToo() {
        assertThat(as("scrutiny-officer").post("/api/recommendations", RecommendationFixtures.json(meeting.id(), "partner", "health"))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void otherStaffMayReadButNotRecord() {
        assertThat(as("cabinet-member").post("/api/recommendations", RecommendationFixtures.json(meeting.id(), "executive", "general"))
                .statusCode()).isEqualTo(403);
        assertThat(as("cabinet-member").get("/api/recommendations").statusCode()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/api/recommendations").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownAddresseeOrScrutinyTypeIsRefusedInPlainEnglish() throws Exception {
        HttpResponse<String> wrong = as("clerk").post("/api/recommendations", RecommendationFixtures.json(meeting.id(), "mayor", "social-care"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(wrong.body()).path("errors");
        assertThat(errors.path("addressee").asText()).contains("executive, cabinet-member, council, partner, officer or committee");
        assertThat(errors.path("scrutinyType").asText()).contains("general, health or crime-and-disorder");
    }

    @Test
    void anUnknownMeetingOrRecommendationIsSaidSo() throws Exception {
        HttpResponse<String> noMeeting = as("clerk").post("/api/recommendations", RecommendationFixtures.json(999_999, "executive", "general"));
        assertThat(noMeeting.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noMeeting.body()).path("errors").path("meetingId").asText()).contains("999999");
        assertThat(as("clerk").get("/api/recommendations/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void whenTheMeetingMovesItsRecommendationsFollow() throws Exception {
        long id = json.readTree(as("clerk").post("/api/recommendations", RecommendationFixtures.json(meeting.id(), "executive", "general"))
                .body()).path("id").asLong();
        meetings.reschedule(meeting.id(), java.time.LocalDateTime.parse("2027-01-19T14:00"), null);
        assertThat(json.readTree(as("clerk").get("/api/recommendations/" + id).body()).path("meetingDate").asText()).isEqualTo("2027-01-19");
    }
}
