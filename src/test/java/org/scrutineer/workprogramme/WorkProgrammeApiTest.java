package org.scrutineer.workprogramme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;

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
 * {@code /api/committees/{id}/work-programme}: read by staff for a municipal year; added to and changed
 * by democratic services and the statutory scrutiny officer, each item whole or not at all, with a
 * reason for what is wrong.
 */
@ScrutineerTest
class WorkProgrammeApiTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void inTheYear2029() {
        clock.freezeAt(Instant.parse("2029-06-04T09:00:00Z"));
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2029-09-18T14:00"), null);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String item(String topic, String form, Object meetingId, String status, String extra) {
        return "{\"topic\": \"" + topic + "\", \"objectives\": \"To understand the waiting times.\", \"form\": \"" + form + "\", \"meetingId\": "
                + meetingId + ", \"source\": \"member\", \"status\": \"" + status + "\"" + extra + "}";
    }

    private String path() {
        return "/api/committees/cyp/work-programme";
    }

    @Test
    void theProgrammeIsPlannedByMeetingAndInReserveAndReadForItsYear() throws Exception {
        ApiClient officer = ApiClient.as(port, "scrutiny-officer", "demo");
        HttpResponse<String> scheduled = officer.post(path(), item("CAMHS waiting times", "committee-item", meeting.id(), "scheduled", ""));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        JsonNode created = json.readTree(scheduled.body());
        assertThat(created.path("year").asText()).isEqualTo("2029/30");
        assertThat(created.path("meetingDate").asText()).isEqualTo("2029-09-18");
        assertThat(created.path("reserve").asBoolean()).isFalse();

        HttpResponse<String> group = ApiClient.as(port, "clerk", "demo").post(path(), item("Children missing education", "task-and-finish-group",
                null, "proposed", ", \"taskAndFinishGroup\": {\"members\": [\"Cllr Margaret Okafor\", \"Cllr Rhys Morgan\"], "
                        + "\"coOptees\": [\"A headteacher\"], \"scope\": \"Elective home education\", \"reportsOn\": \"2030-01-31\"}"));
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        assertThat(json.readTree(group.body()).path("reserve").asBoolean()).isTrue();
        assertThat(json.readTree(group.body()).at("/taskAndFinishGroup/members/1").asText()).isEqualTo("Cllr Rhys Morgan");

        JsonNode year = json.readTree(ApiClient.as(port, "member", "demo").get(path() + "?year=2029").body());
        assertThat(year.findValuesAsText("topic")).containsExactly("CAMHS waiting times", "Children missing education");
        assertThat(json.readTree(officer.get(path() + "?year=2030").body())).isEmpty();

        long id = json.readTree(group.body()).path("id").asLong();
        HttpResponse<String> dropped = officer.put(path() + "/" + id, item("Children missing education", "briefing", null, "dropped",
                ", \"droppedReason\": \"Covered by the Ofsted visit\""));
        assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(200);
        assertThat(json.readTree(dropped.body()).path("droppedReason").asText()).isEqualTo("Covered by the Ofsted visit");
        assertThat(json.readTree(dropped.body()).path("taskAndFinishGroup").isNull()).isTrue();
    }

    @Test
    void whatIsWrongIsRefusedWithItsReasonAndOnlyThePlannersMayChangeIt() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        JsonNode refused = json.readTree(clerk.post(path(), "{\"topic\": \" \", \"form\": \"debate\", \"status\": \"scheduled\"}").body());
        assertThat(refused.at("/errors/topic").asText()).isEqualTo("Give the item its topic");
        assertThat(refused.at("/errors/form").asText()).startsWith("Choose the form of scrutiny");
        assertThat(refused.at("/errors/meetingId").asText()).isEqualTo("A scheduled item needs the meeting it is planned for");

        HttpResponse<String> smallGroup = clerk.post(path(), item("Short breaks", "task-and-finish-group", null, "proposed",
                ", \"taskAndFinishGroup\": {\"members\": [\"Cllr Margaret Okafor\"], \"coOptees\": [\"A\", \"B\", \"C\"]}"));
        assertThat(smallGroup.statusCode()).isEqualTo(400);
        assertThat(json.readTree(smallGroup.body()).at("/errors/taskAndFinishGroup.members").asText())
                .isEqualTo("A task and finish group needs at least two members of the committee");
        HttpResponse<String> stranger = clerk.post(path(), item("Short breaks", "task-and-finish-group", null, "proposed",
                ", \"taskAndFinishGroup\": {\"members\": [\"Cllr Margaret Okafor\", \"Cllr Nobody\"], \"coOptees\": [\"A\", \"B\", \"C\"]}"));
        assertThat(json.readTree(stranger.body()).at("/errors/taskAndFinishGroup.members").asText()).startsWith("Cllr Nobody is not a member");
        assertThat(json.readTree(stranger.body()).at("/errors/taskAndFinishGroup.coOptees").asText()).contains("at most two");
        assertThat(json.readTree(clerk.post(path(), item("Short breaks", "briefing", null, "dropped", "")).body()).at("/errors/droppedReason").asText())
                .isEqualTo("Say why the item is dropped");
        assertThat(json.readTree(clerk.post(path(), item("Short breaks", "briefing", 999999, "proposed", "")).body()).at("/errors/meetingId").asText())
                .contains("is not a meeting of this committee");

        assertThat(ApiClient.as(port, "member", "demo").post(path(), item("Short breaks", "briefing", null, "proposed", "")).statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "clerk", "demo").get("/api/committees/nowhere/work-programme").statusCode()).isEqualTo(404);
        assertThat(json.readTree(clerk.get(path() + "?year=2029").body()).findValuesAsText("topic")).doesNotContain("Short breaks");
    }
}
