package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

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
import org.springframework.jdbc.core.JdbcTemplate;

@ScrutineerTest
class DisputeApiTest {

    @LocalServerPort int port;
    @Autowired AppClock clock;
    @Autowired DisputeRepository disputes;
    @Autowired JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private ApiClient iro;

    @BeforeEach
    void firstOfMarch() {
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
        iro = ApiClient.as(port, "iro", "demo");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private JsonNode raise(String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = iro.post("/api/disputes", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    @Test
    void anInformalDisputeIsDueOnTheFifthWorkingDayCountingTheNotificationAsDayZero() throws Exception {
        String reference = DisputeFixtures.caseReference();
        HttpResponse<String> response = iro.post("/api/disputes", DisputeFixtures.json(reference, "drift-and-delay", "informal", "2027-03-01", null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode dispute = json.readTree(response.body());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/disputes/" + dispute.get("id").asLong());
        assertThat(dispute.get("stage").asText()).isEqualTo("informal");
        assertThat(dispute.get("responseDueBy").asText()).isEqualTo("2027-03-08");
        assertThat(dispute.has("meetingDueBy")).isFalse();
        assertThat(dispute.get("respondentGroup").asText()).isEqualTo("team-managers");
        assertThat(dispute.get("workingDaysElapsed").asInt()).isZero();
        assertThat(dispute.get("waitingAt")).extracting(JsonNode::asText).containsExactly("respondInformal");
    }

    @Test
    void aFormalDisputeHasItsMeetingByDayFifteenAndResolutionByDayTwenty() throws Exception {
        JsonNode dispute = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "no-care-plan", "formal", "2027-03-01", null), 201);
        assertThat(dispute.get("stage").asText()).isEqualTo("formal");
        assertThat(dispute.get("meetingDueBy").asText()).isEqualTo("2027-03-22");
        assertThat(dispute.get("resolutionDueBy").asText()).isEqualTo("2027-03-31");
        assertThat(dispute.get("respondentGroup").asText()).isEqualTo("service-managers");
        assertThat(dispute.has("responseDueBy")).isFalse();
        assertThat(dispute.get("waitingAt")).extracting(JsonNode::asText).containsExactly("respondFormal");
    }

    @Test
    void theIroMaySetShorterDatesButNotLongerOnes() throws Exception {
        JsonNode shorter = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "incomplete-plan", "formal", "2027-03-01",
                "\"meetingDueBy\":\"2027-03-10\",\"resolutionDueBy\":\"2027-03-15\""), 201);
        assertThat(shorter.get("meetingDueBy").asText()).isEqualTo("2027-03-10");
        assertThat(shorter.get("resolutionDueBy").asText()).isEqualTo("2027-03-15");
        assertThat(shorter.get("tierDueBy").asText()).isEqualTo("2027-03-15");

        JsonNode informal = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2027-03-01",
                "\"responseDueBy\":\"2027-03-03\""), 201);
        assertThat(informal.get("responseDueBy").asText()).isEqualTo("2027-03-03");

        JsonNode longer = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "formal", "2027-03-01",
                "\"resolutionDueBy\":\"2027-04-01\""), 422);
        assertThat(longer.get("errors").get("resolutionDueBy").asText()).contains("not later than 2027-03-31");
        JsonNode meetingAfterResolution = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "formal", "2027-03-01",
                "\"meetingDueBy\":\"2027-03-12\",\"resolutionDueBy\":\"2027-03-11\""), 422);
        assertThat(meetingAfterResolution.get("errors").get("meetingDueBy").asText()).contains("on or before the resolution date");
    }

    @Test
    void missingOrMalformedFieldsAreRefusedWith400AndTheReasons() throws Exception {
        long before = disputes.count();
        JsonNode empty = raise("{}", 400);
        assertThat(empty.get("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("caseReference", "category", "stage", "notifiedOn", "description");
        assertThat(empty.get("error").asText()).isEqualTo("Enter the child's case reference.");

        JsonNode wrong = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "bad-vibes", "urgent", "1 March 2027",
                "\"respondentGroup\":\"democratic-services\""), 400);
        assertThat(wrong.get("errors").get("category").asText()).contains("drift-and-delay", "outstanding-recommendations");
        assertThat(wrong.get("errors").get("stage").asText()).isEqualTo("Choose the stage: informal or formal");
        assertThat(wrong.get("errors").get("notifiedOn").asText()).contains("YYYY-MM-DD");
        assertThat(wrong.get("errors").get("respondentGroup").asText()).contains("team-managers");
        assertThat(disputes.count()).isEqualTo(before);
    }

    @Test
    void aChildsNameIsNeverAcceptedNorStored() throws Exception {
        long before = disputes.count();
        String reference = DisputeFixtures.caseReference();
        JsonNode refused = raise(DisputeFixtures.json(reference, "other", "informal", "2027-03-01", "\"childName\":\"Jamie Example\""), 400);
        assertThat(refused.get("errors").get("childName").asText()).contains("never records a child's name");
        assertThat(disputes.count()).isEqualTo(before);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'DISPUTE'", String.class))
                .isNotEmpty().noneMatch(column -> column.toLowerCase().contains("name"));
    }

    @Test
    void wellFormedButAgainstTheRulesIsRefusedWith422() throws Exception {
        JsonNode badReference = raise(DisputeFixtures.json("Jamie Example", "other", "informal", "2027-03-01", null), 422);
        assertThat(badReference.get("errors").get("caseReference").asText()).contains("like CYP-104233");
        JsonNode future = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2027-03-02", null), 422);
        assertThat(future.get("errors").get("notifiedOn").asText()).isEqualTo("The notification date cannot be in the future");
        JsonNode wrongStageDate = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2027-03-01",
                "\"meetingDueBy\":\"2027-03-05\""), 422);
        assertThat(wrongStageDate.get("errors").get("meetingDueBy").asText()).contains("no meeting date at the informal stage");
        JsonNode notATier = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "formal", "2027-03-01",
                "\"respondentGroup\":\"team-managers\""), 422);
        assertThat(notATier.get("errors").get("respondentGroup").asText()).contains("service-managers, heads-of-service, service-directors");
    }

    @Test
    void aNamedRespondentAnswersInsteadOfTheStagesDefault() throws Exception {
        JsonNode informal = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2027-03-01",
                "\"respondentGroup\":\"service-managers\""), 201);
        assertThat(informal.get("respondentGroup").asText()).isEqualTo("service-managers");
        JsonNode formal = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "formal", "2027-03-01",
                "\"respondentGroup\":\"heads-of-service\""), 201);
        assertThat(formal.get("respondentGroup").asText()).isEqualTo("heads-of-service");
        assertThat(formal.get("escalationTier").asInt()).isEqualTo(1);
        assertThat(formal.get("tierDueBy").asText()).isEqualTo("2027-03-08");
    }

    @Test
    void theListAndEachDisputeShowWorkingDaysElapsedOverdueFirst() throws Exception {
        clock.freezeAt(java.time.Instant.parse("2026-12-18T10:00:00Z"));
        String christmas = DisputeFixtures.caseReference();
        long id = raise(DisputeFixtures.json(christmas, "drift-and-delay", "informal", "2026-12-18", null), 201).get("id").asLong();
        clock.freezeAt(java.time.Instant.parse("2027-01-04T10:00:00Z"));
        String fresh = DisputeFixtures.caseReference();
        raise(DisputeFixtures.json(fresh, "other", "informal", "2027-01-04", null), 201);

        JsonNode one = json.readTree(iro.get("/api/disputes/" + id).body());
        assertThat(one.get("caseReference").asText()).isEqualTo(christmas);
        assertThat(one.get("workingDaysElapsed").asInt()).as("21-24, 29-31 December and 4 January").isEqualTo(8);
        assertThat(one.get("overdue").asBoolean()).isTrue();

        JsonNode list = json.readTree(iro.get("/api/disputes").body());
        java.util.List<String> order = new java.util.ArrayList<>();
        list.forEach(d -> order.add(d.get("caseReference").asText()));
        assertThat(order).contains(christmas, fresh);
        assertThat(order.indexOf(christmas)).isLessThan(order.indexOf(fresh));
        assertThat(iro.get("/api/disputes/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void deadlinesSkipChristmasNewYearAndTheOneOffBankHolidays() throws Exception {
        clock.freezeAt(java.time.Instant.parse("2027-03-01T10:00:00Z"));
        JsonNode christmas = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2026-12-18", null), 201);
        assertThat(christmas.get("responseDueBy").asText()).as("25 and 28 December are bank holidays").isEqualTo("2026-12-29");
        JsonNode newYear = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "formal", "2026-12-18", null), 201);
        assertThat(newYear.get("meetingDueBy").asText()).as("and 1 January").isEqualTo("2027-01-13");
        assertThat(newYear.get("resolutionDueBy").asText()).isEqualTo("2027-01-20");

        JsonNode coronation = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2023-05-02", null), 201);
        assertThat(coronation.get("responseDueBy").asText()).as("8 May 2023, the coronation").isEqualTo("2023-05-10");
        JsonNode funeral = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "formal", "2022-09-14", null), 201);
        assertThat(funeral.get("meetingDueBy").asText()).as("19 September 2022, the state funeral").isEqualTo("2022-10-06");
        assertThat(funeral.get("resolutionDueBy").asText()).isEqualTo("2022-10-13");
        JsonNode funeralInformal = raise(DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2022-09-14", null), 201);
        assertThat(funeralInformal.get("responseDueBy").asText()).isEqualTo("2022-09-22");
    }
}
