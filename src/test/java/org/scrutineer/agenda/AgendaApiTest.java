package org.scrutineer.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/meetings/{id}/agenda}: read by staff, ordered and added to by democratic services, frozen once published. */
@ScrutineerTest
class AgendaApiTest {

    @LocalServerPort int port;
    @Autowired MeetingSteps steps;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;
    private ProcessInstance lifecycle;

    @BeforeEach
    void aMeeting() {
        meeting = steps.meetingOnTheTwentyThird();
        lifecycle = steps.lifecycleOf(meeting);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String path() {
        return "/api/meetings/" + meeting.id() + "/agenda";
    }

    private JsonNode agenda(ApiClient who) throws Exception {
        HttpResponse<String> answer = who.get(path());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private void drafted() {
        steps.at(MeetingSteps.REPORT_DEADLINE);
        steps.runDueJobs(lifecycle);
    }

    @Test
    void beforeTheReportDeadlineTheAgendaIsNotDraftedAndSaysWhenItWillBe() {
        HttpResponse<String> answer = ApiClient.as(port, "clerk", "demo").get(path());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("drafted at the end of its report deadline, Thursday 11 March 2027");
    }

    @Test
    void theDraftListsTheStandardItemsInOrderWithTheirKinds() throws Exception {
        drafted();
        JsonNode agenda = agenda(ApiClient.as(port, "member", "demo"));
        assertThat(agenda.get("status").asText()).isEqualTo("draft");
        assertThat(agenda.get("items").findValuesAsText("kind")).containsExactly("apologies", "substitutes", "declarations", "minutes",
                "other", "public-questions", "member-questions", "work-programme", "next-meeting");
        assertThat(agenda.get("items").findValuesAsText("number")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(agenda.get("items").get(0).get("toFollow").asBoolean()).isFalse();
    }

    @Test
    void democraticServicesReorderTheDraftAndAddAnExemptItem() throws Exception {
        drafted();
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        HttpResponse<String> added = clerk.post(path() + "/items", "{\"title\":\"Placement provider contract\",\"purpose\":\"To note the award.\","
                + "\"leadOfficer\":\"Head of Commissioning\",\"exempt\":true,\"exemptParagraph\":\"3\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode items = json.readTree(added.body()).get("items");
        assertThat(items.get(7).get("title").asText()).as("before the work programme").isEqualTo("Placement provider contract");
        assertThat(items.get(7).get("exempt").asBoolean()).isTrue();
        assertThat(items.get(7).get("exemptParagraph").asText()).isEqualTo("3");

        List<String> ids = items.findValuesAsText("id");
        StringBuilder order = new StringBuilder("{\"items\":[");
        order.append("{\"id\":").append(ids.get(7)).append("}");
        for (int i = 0; i < ids.size(); i++) {
            if (i != 7 && i != 1) {
                order.append(",{\"id\":").append(ids.get(i)).append("}");
            }
        }
        order.append("]}");
        HttpResponse<String> reordered = clerk.put(path(), order.toString());
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
        JsonNode after = json.readTree(reordered.body()).get("items");
        assertThat(after.get(0).get("title").asText()).isEqualTo("Placement provider contract");
        assertThat(after.findValuesAsText("title")).as("the item left out is removed").doesNotContain("Named substitutes").hasSize(9);
    }

    @Test
    void aRefusedChangeSaysWhatIsWrongInPlainEnglish() throws Exception {
        drafted();
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        HttpResponse<String> noParagraph = clerk.post(path() + "/items", "{\"title\":\"Contract\",\"exempt\":true}");
        assertThat(noParagraph.statusCode()).isEqualTo(400);
        assertThat(noParagraph.body()).contains("Give the paragraph of Schedule 12A (1 to 7) that makes the item exempt");
        HttpResponse<String> noTitle = clerk.post(path() + "/items", "{\"purpose\":\"Something\"}");
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(noTitle.body()).contains("Give the item a title");
        HttpResponse<String> unknownItem = clerk.put(path(), "{\"items\":[{\"id\":999999999}]}");
        assertThat(unknownItem.statusCode()).isEqualTo(400);
        assertThat(unknownItem.body()).contains("There is no item 999999999 on this agenda");
        HttpResponse<String> otherMeetingsReport = clerk.post(path() + "/items", "{\"reportId\":999999999}");
        assertThat(otherMeetingsReport.statusCode()).isEqualTo(400);
        assertThat(otherMeetingsReport.body()).contains("There is no report 999999999 registered for this meeting");
        assertThat(agenda(clerk).get("items").findValuesAsText("title")).hasSize(9);
    }

    @Test
    void onlyDemocraticServicesChangeItAndOnlyStaffReadIt() {
        drafted();
        assertThat(ApiClient.as(port, "member", "demo").post(path() + "/items", "{\"title\":\"Mine\"}").statusCode()).isEqualTo(403);
        assertThat(ApiClient.as(port, "director", "demo").put(path(), "{\"items\":[]}").statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get(path()).statusCode()).isEqualTo(401);
    }

    @Test
    void oncePublishedTheOrderIsFrozenAndOnlyALateItemWithItsReasonMayJoin() throws Exception {
        drafted();
        steps.at(MeetingSteps.PUBLICATION);
        steps.runDueJobs(lifecycle);
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        JsonNode agenda = agenda(clerk);
        assertThat(agenda.get("status").asText()).isEqualTo("published");
        assertThat(agenda.get("publishedAt").asText()).isNotBlank();

        HttpResponse<String> reorder = clerk.put(path(), "{\"items\":[{\"id\":" + agenda.get("items").get(0).get("id").asText() + "}]}");
        assertThat(reorder.statusCode()).isEqualTo(422);
        assertThat(reorder.body()).contains("The agenda is published and cannot be reordered");
        HttpResponse<String> notLate = clerk.post(path() + "/items", "{\"title\":\"Ofsted letter\"}");
        assertThat(notLate.statusCode()).isEqualTo(422);
        assertThat(notLate.body()).contains("give the reason the chair agreed to take it");
        HttpResponse<String> late = clerk.post(path() + "/items", "{\"title\":\"Ofsted letter\",\"lateReason\":\"It arrived on Friday.\"}");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
        assertThat(json.readTree(late.body()).get("items").findValuesAsText("lateReason")).contains("It arrived on Friday.");
    }

    @Test
    void democraticServicesCancelAMeetingWithAReason() throws Exception {
        ApiClient clerk = ApiClient.as(port, "clerk", "demo");
        HttpResponse<String> noReason = clerk.post("/api/meetings/" + meeting.id() + "/cancellation", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Say why the meeting is cancelled");
        HttpResponse<String> cancelled = clerk.post("/api/meetings/" + meeting.id() + "/cancellation", "{\"reason\":\"Not quorate.\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json.readTree(cancelled.body()).get("cancelled").asBoolean()).isTrue();
        assertThat(steps.lifecycleOf(meeting)).as("its lifecycle ended").isNull();
        HttpResponse<String> again = clerk.post("/api/meetings/" + meeting.id() + "/cancellation", "{\"reason\":\"Again.\"}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("This meeting was cancelled already");
        HttpResponse<String> moved = clerk.put("/api/meetings/" + meeting.id(), "{\"startsAt\":\"2027-03-30T14:00\"}");
        assertThat(moved.statusCode()).isEqualTo(422);
        assertThat(moved.body()).contains("This meeting was cancelled, so it cannot be moved");
    }
}
