package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting keeps the deadlines it was announced with: stored when it is scheduled, set by hand
 * with a reason, recomputed when it moves (except those set by hand), and changed by a rule change
 * only when an officer re-applies the rules. It is 1 June 2032; the meetings of 2032 are this
 * class's own, so re-applying the rules to the committee's future meetings touches no other test's.
 */
@ScrutineerTest
class StoredMeetingDeadlinesTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired Committees committees;

    private final ObjectMapper json = new ObjectMapper();
    private Committee configured;

    @BeforeEach
    void itIsTheFirstOfJune2032() {
        clock.freezeAt(Instant.parse("2032-06-01T09:00:00Z"));
        configured = committees.get("cyp");
    }

    @AfterEach
    void theConfiguredRulesAndRealTime() {
        rulesOfCyp().put("cyp", configured);
        clock.reset();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Committee> rulesOfCyp() {
        return (Map<String, Committee>) ReflectionTestUtils.getField(committees, "byId");
    }

    /** The officers change the committee's rules: questions close at noon 6 working days before, reports 10, agenda 7 clear days. */
    private void theRulesChange() {
        rulesOfCyp().put("cyp", new Committee("cyp", configured.name(), configured.defaultVenue(), 6, LocalTime.NOON, 10, 7,
                configured.members(), configured.contactOfficer(), configured.standardAgenda(), configured.meetingLength()));
    }

    private ApiClient clerk() {
        return ApiClient.as(port, "clerk", "demo");
    }

    private long schedule(String startsAt) throws Exception {
        HttpResponse<String> created = clerk().post("/api/meetings", "{\"committee\":\"cyp\",\"startsAt\":\"" + startsAt + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("id").asLong();
    }

    private JsonNode read(long id) throws Exception {
        return json.readTree(clerk().get("/api/meetings/" + id).body());
    }

    private HttpResponse<String> change(long id, String body) {
        return clerk().put("/api/meetings/" + id, body);
    }

    private static void assertDeadlines(JsonNode meeting, String question, String report, String agenda) {
        assertThat(meeting.path("questionDeadline").asText()).as("question deadline").isEqualTo(question);
        assertThat(meeting.path("reportDeadline").asText()).as("report deadline").isEqualTo(report);
        assertThat(meeting.path("agendaPublicationDate").asText()).as("agenda publication").isEqualTo(agenda);
    }

    @Test
    void aRuleChangeLeavesAnAnnouncedMeetingAloneUntilTheRulesAreReapplied() throws Exception {
        long id = schedule("2032-09-14T14:00");
        assertDeadlines(read(id), "2032-09-08T17:00", "2032-09-02", "2032-09-06");

        theRulesChange();

        assertDeadlines(read(id), "2032-09-08T17:00", "2032-09-02", "2032-09-06");
        mvc.perform(get("/meetings/" + id))
                .andExpect(content().string(containsString("Questions must be received by 5pm on Wednesday 8 September 2032")));
        long scheduledAfterTheChange = schedule("2032-09-21T14:00");
        assertDeadlines(read(scheduledAfterTheChange), "2032-09-13T12:00", "2032-09-07", "2032-09-09");

        HttpResponse<String> reapplied = clerk().post("/api/meetings/" + id + "/reapply-rules", "");
        assertThat(reapplied.statusCode()).as(reapplied.body()).isEqualTo(200);
        assertDeadlines(json.readTree(reapplied.body()), "2032-09-06T12:00", "2032-08-31", "2032-09-02");
        assertDeadlines(read(id), "2032-09-06T12:00", "2032-08-31", "2032-09-02");
    }

    @Test
    void reapplyingTheRulesToACommitteeMovesItsFutureMeetingsAndClearsOverridesOnlyWhenAsked() throws Exception {
        long past = schedule("2032-05-18T14:00");
        long future = schedule("2032-09-14T14:00");
        long overridden = schedule("2032-10-12T14:00");
        assertThat(change(overridden, "{\"questionDeadline\":\"2032-10-07T09:30\",\"deadlineOverrideReason\":\"The pack says 9:30am\"}")
                .statusCode()).isEqualTo(200);

        theRulesChange();
        HttpResponse<String> refused = ApiClient.as(port, "member", "demo").post("/api/committees/cyp/reapply-rules", "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> reapplied = clerk().post("/api/committees/cyp/reapply-rules", "{}");
        assertThat(reapplied.statusCode()).as(reapplied.body()).isEqualTo(200);
        assertThat(json.readTree(reapplied.body()).findValuesAsText("id")).contains(String.valueOf(future), String.valueOf(overridden))
                .doesNotContain(String.valueOf(past));

        assertDeadlines(read(past), "2032-05-12T17:00", "2032-05-06", "2032-05-10");
        assertDeadlines(read(future), "2032-09-06T12:00", "2032-08-31", "2032-09-02");
        JsonNode kept = read(overridden);
        assertDeadlines(kept, "2032-10-07T09:30", "2032-09-28", "2032-09-30");
        assertThat(kept.path("questionDeadlineOverridden").asBoolean()).isTrue();

        clerk().post("/api/committees/cyp/reapply-rules", "{\"clearOverrides\":true}");
        JsonNode cleared = read(overridden);
        assertDeadlines(cleared, "2032-10-04T12:00", "2032-09-28", "2032-09-30");
        assertThat(cleared.path("questionDeadlineOverridden").asBoolean()).isFalse();
        assertThat(cleared.has("deadlineOverrideReason")).isFalse();

        HttpResponse<String> unknown = clerk().post("/api/committees/nope/reapply-rules", "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("error").asText()).contains("no committee", "nope");
    }

    @Test
    void aDeadlineSetByHandNeedsAReasonAndSaysItWasSetByHand() throws Exception {
        long id = schedule("2025-03-18T14:00");

        HttpResponse<String> noReason = change(id, "{\"questionDeadline\":\"2025-03-13T09:30\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noReason.body()).path("errors").path("deadlineOverrideReason").asText())
                .isEqualTo("Give the reason for changing the deadline");
        assertDeadlines(read(id), "2025-03-12T17:00", "2025-03-06", "2025-03-10");

        HttpResponse<String> set = change(id, "{\"questionDeadline\":\"2025-03-13T09:30\","
                + "\"deadlineOverrideReason\":\"The agenda pack says 9:30am on Thursday 13 March\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode meeting = read(id);
        assertThat(json.readTree(set.body())).isEqualTo(meeting);
        assertDeadlines(meeting, "2025-03-13T09:30", "2025-03-06", "2025-03-10");
        assertThat(meeting.path("questionDeadlineOverridden").asBoolean()).isTrue();
        assertThat(meeting.path("reportDeadlineOverridden").asBoolean()).isFalse();
        assertThat(meeting.path("agendaPublicationDateOverridden").asBoolean()).isFalse();
        assertThat(meeting.path("deadlineOverrideReason").asText()).isEqualTo("The agenda pack says 9:30am on Thursday 13 March");
        assertThat(meeting.path("startsAt").asText()).isEqualTo("2025-03-18T14:00");

        change(id, "{\"reportDeadline\":\"2025-03-05\",\"deadlineOverrideReason\":\"Reports a day early for the pre-meeting\"}");
        JsonNode both = read(id);
        assertDeadlines(both, "2025-03-13T09:30", "2025-03-05", "2025-03-10");
        assertThat(both.path("questionDeadlineOverridden").asBoolean()).isTrue();
        assertThat(both.path("reportDeadlineOverridden").asBoolean()).isTrue();
        assertThat(both.path("deadlineOverrideReason").asText()).isEqualTo("Reports a day early for the pre-meeting");
    }

    @Test
    void movingAMeetingRecomputesEveryDeadlineNotSetByHand() throws Exception {
        long id = schedule("2025-03-18T14:00");
        change(id, "{\"agendaPublicationDate\":\"2025-03-07\",\"deadlineOverrideReason\":\"Published with the budget papers\"}");

        HttpResponse<String> moved = change(id, "{\"startsAt\":\"2025-03-25T14:00\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertDeadlines(read(id), "2025-03-19T17:00", "2025-03-13", "2025-03-07");

        HttpResponse<String> tooSoon = change(id, "{\"startsAt\":\"2025-03-11T14:00\"}");
        assertThat(tooSoon.statusCode()).as(tooSoon.body()).isEqualTo(422);
        assertThat(json.readTree(tooSoon.body()).path("errors").path("agendaPublicationDate").asText())
                .isEqualTo("The agenda must be published with at least 5 clear working days before the meeting on Tuesday 11 March 2025."
                        + " Publishing it on Friday 7 March 2025 leaves 1");
        assertThat(read(id).path("startsAt").asText()).isEqualTo("2025-03-25T14:00");
    }

    @Test
    void anAgendaWithFewerThanFiveClearWorkingDaysBeforeTheMeetingIsRefused() throws Exception {
        // Tuesday 22 April 2025, after Good Friday (18 April) and Easter Monday (21 April).
        long id = schedule("2025-04-22T14:00");

        HttpResponse<String> monday = change(id, "{\"agendaPublicationDate\":\"2025-04-14\",\"deadlineOverrideReason\":\"Late\"}");
        assertThat(monday.statusCode()).as(monday.body()).isEqualTo(422);
        JsonNode refusal = json.readTree(monday.body());
        assertThat(refusal.path("error").asText()).isEqualTo("The agenda must be published with at least 5 clear working days before"
                + " the meeting on Tuesday 22 April 2025. Publishing it on Monday 14 April 2025 leaves 3.");
        assertThat(refusal.path("error").asText()).doesNotContain("Exception", "ENGINE-");

        HttpResponse<String> friday = change(id, "{\"agendaPublicationDate\":\"2025-04-11\",\"deadlineOverrideReason\":\"Late\"}");
        assertThat(friday.statusCode()).isEqualTo(422);
        assertThat(json.readTree(friday.body()).path("error").asText()).endsWith("leaves 4.");
        assertThat(read(id).path("agendaPublicationDateOverridden").asBoolean()).isFalse();

        HttpResponse<String> thursday = change(id, "{\"agendaPublicationDate\":\"2025-04-10\",\"deadlineOverrideReason\":\"Confirmed by the chair\"}");
        assertThat(thursday.statusCode()).as(thursday.body()).isEqualTo(200);
        assertThat(read(id).path("agendaPublicationDateOverridden").asBoolean()).isTrue();
    }

    @Test
    void aDeadlineSetByHandMustComeBeforeTheMeeting() throws Exception {
        long id = schedule("2025-03-18T14:00");

        HttpResponse<String> question = change(id, "{\"questionDeadline\":\"2025-03-18T15:00\",\"deadlineOverrideReason\":\"Typo\"}");
        assertThat(question.statusCode()).isEqualTo(422);
        assertThat(json.readTree(question.body()).path("errors").path("questionDeadline").asText())
                .isEqualTo("Questions must close before the meeting starts at 2pm on Tuesday 18 March 2025");

        HttpResponse<String> report = change(id, "{\"reportDeadline\":\"2025-03-18\",\"deadlineOverrideReason\":\"Typo\"}");
        assertThat(report.statusCode()).isEqualTo(422);
        assertThat(json.readTree(report.body()).path("errors").path("reportDeadline").asText())
                .isEqualTo("Reports must be due before the day of the meeting, Tuesday 18 March 2025");

        HttpResponse<String> nothing = change(id, "{}");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(nothing.body()).path("error").asText()).contains("startsAt", "deadlineOverrideReason");
        assertDeadlines(read(id), "2025-03-12T17:00", "2025-03-06", "2025-03-10");
    }
}
