package org.scrutineer.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET} and {@code PUT /api/meetings/{id}/minutes}: read by democratic services, the chairs and the
 * statutory scrutiny officer, answered as nothing to anyone else; recorded by democratic services
 * only, whole or not at all, with a reason for each thing refused; closed once with the chair.
 */
@ScrutineerTest
class MinutesApiTest {

    @LocalServerPort int port;
    @Autowired MinutesSteps steps;
    @Autowired MinutesService minutes;
    @Autowired AppClock clock;
    @Autowired org.scrutineer.meeting.MeetingService meetings;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;
    private int workProgramme;
    private int first;

    @BeforeEach
    void aMeetingIsHeld() {
        meeting = steps.heldOnTheTwentyThirdOfMarch(false);
        workProgramme = steps.itemNumbered(meeting, "Work programme");
        first = minutes.firstMinuteNumber(meeting);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String path() {
        return "/api/meetings/" + meeting.id() + "/minutes";
    }

    private String minutesJson(String member, int agendaItem, int minute, String addressee) {
        return """
                {"attendance": [{"name": "Cllr Margaret Okafor", "status": "present", "role": "chair"},
                                {"name": "%s", "status": "present", "role": "member"},
                                {"name": "Cllr Peter Lowe", "status": "substitute", "substituteFor": "Cllr Thomas Bradley", "role": "member"}],
                 "declarations": [{"member": "Cllr Margaret Okafor", "agendaItem": %d, "kind": "other-registrable",
                                   "description": "A governor of a school named in the report", "leftTheRoom": false}],
                 "items": [{"agendaItem": %d, "minute": %d, "summary": "The committee reviewed its programme.",
                            "resolutions": [{"text": "That the programme be agreed.", "proposer": "Cllr Margaret Okafor", "seconder": "Cllr Peter Lowe",
                                             "vote": {"for": 5, "against": 1, "abstain": 0},
                                             "recommendations": [{"number": 1, "text": "That the Cabinet reviews allowances.", "addressee": "%s", "scrutinyType": "general"}],
                                             "actions": [{"text": "Circulate the programme", "owner": "Democratic services", "ownerEmail": "ds@council.test", "dueBy": "2027-03-30"}]}]}]}
                """.formatted(member, agendaItem, agendaItem, minute, addressee);
    }

    @Test
    void democraticServicesRecordTheMinutesAndReadThemBack() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        HttpResponse<String> put = clerk.put(path(), minutesJson(MinutesSteps.ELEANOR, workProgramme, first, "executive"));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        for (String reader : new String[] {"clerk", "chair", "scrutiny-officer"}) {
            HttpResponse<String> get = ApiClient.as(port, reader, "demo").get(path());
            assertThat(get.statusCode()).as(reader).isEqualTo(200);
            JsonNode body = json.readTree(get.body());
            assertThat(body.get("status").asText()).isEqualTo("recording");
            assertThat(body.at("/items/0/minute").asInt()).isEqualTo(first);
            assertThat(body.at("/items/0/resolutions/0/vote/for").asInt()).isEqualTo(5);
            assertThat(body.at("/items/0/resolutions/0/recommendations/0/text").asText()).isEqualTo("That the Cabinet reviews allowances.");
            assertThat(body.at("/attendance/2/substituteFor").asText()).isEqualTo("Cllr Thomas Bradley");
            assertThat(body.at("/declarations/0/kind").asText()).isEqualTo("other-registrable");
        }
        String unanimous = minutesJson(MinutesSteps.ELEANOR, workProgramme, first, "executive")
                .replace("{\"for\": 5, \"against\": 1, \"abstain\": 0}", "\"unanimous\"");
        assertThat(clerk.put(path(), unanimous).statusCode()).isEqualTo(200);
        assertThat(json.readTree(clerk.get(path()).body()).at("/items/0/resolutions/0/vote").asText()).isEqualTo("unanimous");
    }

    @Test
    void theTrackerApiGivesEachRecommendationItsMinute() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        assertThat(clerk.put(path(), minutesJson(MinutesSteps.ELEANOR, workProgramme, first, "executive")).statusCode()).isEqualTo(200);
        steps.clerkCompletes(meeting);
        JsonNode tracker = json.readTree(ApiClient.as(port, "scrutiny-officer", "demo").get("/api/recommendations").body());
        JsonNode ours = null;
        for (JsonNode r : tracker) {
            if (r.path("meetingId").asLong() == meeting.id()) {
                ours = r;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.path("minute").asInt()).isEqualTo(first);
        assertThat(ours.path("number").asText()).isEqualTo("1");
        assertThat(ours.path("topic").asText()).isEqualTo("Work programme");
    }

    @Test
    void onlyDemocraticServicesRecordAndOthersSeeNothing() throws Exception {
        String body = minutesJson(MinutesSteps.ELEANOR, workProgramme, first, "executive");
        HttpResponse<String> byTheChair = ApiClient.as(port, "chair", "demo").put(path(), body);
        assertThat(byTheChair.statusCode()).isEqualTo(403);
        assertThat(ApiClient.as(port, "demo", "demo").put(path(), body).statusCode()).as("an administrator in every group").isEqualTo(200);
        assertThat(ApiClient.as(port, "member", "demo").get(path()).statusCode()).isEqualTo(404);
        assertThat(ApiClient.as(port, "iro", "demo").get(path()).statusCode()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get(path()).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownMembersMissingItemsAndTwiceUsedNumbersAreRefusedWithReasonsAndNothingIsKept() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        HttpResponse<String> stranger = clerk.put(path(), minutesJson("Cllr Nobody Known", workProgramme, first, "executive"));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(json.readTree(stranger.body()).at("/errors/attendance[1].name").asText())
                .isEqualTo("Cllr Nobody Known is not a member of the committee on the day of the meeting. "
                        + "List a substitute as a substitute, and officers and others with their role");

        HttpResponse<String> noSuchItem = clerk.put(path(), minutesJson(MinutesSteps.ELEANOR, 99, first, "executive"));
        assertThat(noSuchItem.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noSuchItem.body()).at("/errors/items[0].agendaItem").asText()).startsWith("The agenda has no item 99");

        HttpResponse<String> badAddressee = clerk.put(path(), minutesJson(MinutesSteps.ELEANOR, workProgramme, first, "the-press"));
        assertThat(json.readTree(badAddressee.body()).at("/errors/items[0].resolutions[0].recommendations[0].addressee").asText())
                .startsWith("Choose who the recommendation is to");

        String twice = minutesJson(MinutesSteps.ELEANOR, workProgramme, first, "executive")
                .replace("\"items\": [", "\"items\": [{\"agendaItem\": 1, \"minute\": " + first + "},");
        HttpResponse<String> duplicate = clerk.put(path(), twice);
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(json.readTree(duplicate.body()).at("/errors/items[1].minute").asText()).isEqualTo("Minute " + first + " is used twice in these minutes");

        assertThat(clerk.put(path(), "{\"items\": [{\"agendaItem\": 1, \"minute\": 1, \"resolutions\": [{\"text\": \"x\", \"vote\": \"most\"}]}]}")
                .body()).contains("Give the vote");
        assertThat(clerk.put(path(), "{\"attendance\": \"everyone\"}").statusCode()).isEqualTo(400);
        assertThat(json.readTree(clerk.get(path()).body()).get("items")).isEmpty();
    }

    @Test
    void minutesTooLongToKeepAreRefusedWholeAndMinutesFollowAMovedMeeting() {
        String long_ = "The committee heard evidence. ".repeat(330);
        java.util.List<MinutesBody.Resolution> many = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> MinutesSteps.resolution(long_, java.util.List.of(), java.util.List.of())).toList();
        MinutesBody huge = new MinutesBody(steps.attendance(), java.util.List.of(), java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(item -> new MinutesBody.ItemMinute(item, first + item, null, null, many)).toList(), null, java.util.List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> steps.record(meeting, huge)).isInstanceOf(org.scrutineer.web.Refusal.class)
                .hasMessageContaining("The minutes are too long to keep");
        assertThat(minutes.find(meeting.id())).isEmpty();

        steps.record(meeting, steps.oneItem(meeting, workProgramme, null));
        meetings.reschedule(meeting.id(), java.time.LocalDateTime.parse("2027-03-24T14:00"), null);
        assertThat(minutes.find(meeting.id()).orElseThrow().getMeetingDate()).isEqualTo(java.time.LocalDate.parse("2027-03-24"));
    }

    @Test
    void minutesWithTheChairOrConfirmedCannotBeChanged() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        assertThat(clerk.put(path(), minutesJson(MinutesSteps.ELEANOR, workProgramme, first, "executive")).statusCode()).isEqualTo(200);
        steps.clerkCompletes(meeting);
        HttpResponse<String> withTheChair = clerk.put(path(), minutesJson(MinutesSteps.ELEANOR, workProgramme, first, "council"));
        assertThat(withTheChair.statusCode()).isEqualTo(409);
        assertThat(withTheChair.body()).contains("The minutes are with the chair for approval");
        steps.chairApproves(meeting);
        HttpResponse<String> noReason = clerk.post(path() + "/correction", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> correction = clerk.post(path() + "/correction", "{\"reason\": \"The vote was 6 to 0.\"}");
        assertThat(correction.statusCode()).as(correction.body()).isEqualTo(200);
        assertThat(json.readTree(correction.body()).get("status").asText()).isEqualTo("correcting");
    }
}
