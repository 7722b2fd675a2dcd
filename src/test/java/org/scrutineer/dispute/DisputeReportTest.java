package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The weekly figures against a seeded set of disputes in 2019, a year no other test uses. The week
 * ends on Sunday 16 June 2019; the twelve-month period runs from 17 June 2018.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisputeReportTest {

    private static final Instant SEEDED_AT = Instant.parse("2019-06-17T06:00:00Z");

    @LocalServerPort int port;
    @Autowired DisputeRepository disputes;
    @Autowired ManagementService managementService;
    @Autowired OutboxRepository outbox;
    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    private final ObjectMapper json = new ObjectMapper();
    private List<String> seededReferences;

    private Dispute informal(DisputeCategory category, String raised, String responseDue) {
        Dispute d = new Dispute(DisputeFixtures.caseReference(), category, "Seeded", "team-managers", "iro", LocalDate.parse(raised), SEEDED_AT);
        d.startInformal(LocalDate.parse(responseDue));
        return d;
    }

    private Dispute formal(DisputeCategory category, String dayZero, String meetingDue, String resolutionDue) {
        Dispute d = new Dispute(DisputeFixtures.caseReference(), category, "Seeded", "service-managers", "iro", LocalDate.parse(dayZero), SEEDED_AT);
        escalate(d, dayZero, meetingDue, resolutionDue);
        return d;
    }

    private static Dispute escalate(Dispute d, String dayZero, String meetingDue, String resolutionDue) {
        d.startFormal(LocalDate.parse(dayZero), LocalDate.parse(meetingDue), LocalDate.parse(resolutionDue), 0,
                LocalDate.parse(resolutionDue), "service-managers");
        return d;
    }

    private static Dispute resolved(Dispute d, String on) {
        d.resolve("Seeded resolution", LocalDate.parse(on));
        return d;
    }

    @BeforeAll
    void seed() {
        // Open at the end of the week
        Dispute s1 = informal(DisputeCategory.DRIFT_AND_DELAY, "2019-06-12", "2019-06-19");            // informal, 2 days, on time
        Dispute s2 = informal(DisputeCategory.NO_CARE_PLAN, "2019-05-28", "2019-06-04");               // informal, 13 days, overdue
        Dispute s3 = formal(DisputeCategory.NO_CARE_PLAN, "2019-05-20", "2019-06-11", "2019-06-18");    // formal, 18 days, on time
        Dispute s4 = escalate(informal(DisputeCategory.PROFESSIONAL_DIFFERENCE, "2019-04-01", "2019-04-08"),
                "2019-04-15", "2019-05-09", "2019-05-16");                                             // formal, over 20 days, overdue
        Dispute s5 = formal(DisputeCategory.OTHER, "2019-05-01", "2019-05-22", "2019-05-30");
        s5.referToCafcass(LocalDate.parse("2019-06-03"));                                              // with CAFCASS, 9 days
        Dispute s13 = resolved(informal(DisputeCategory.INCOMPLETE_PLAN, "2019-06-10", "2019-06-17"), "2019-06-20"); // open on 16 June
        // Closed within the twelve months
        Dispute s6 = resolved(informal(DisputeCategory.DRIFT_AND_DELAY, "2019-01-07", "2019-01-14"), "2019-01-10");
        Dispute s7 = resolved(informal(DisputeCategory.OTHER, "2019-06-03", "2019-06-10"), "2019-06-11");             // closed this week
        Dispute s8 = resolved(formal(DisputeCategory.OTHER, "2019-02-04", "2019-02-25", "2019-03-04"), "2019-02-20"); // formal, 12 days
        Dispute s9 = resolved(escalate(informal(DisputeCategory.OTHER, "2019-02-20", "2019-02-27"), "2019-03-01", "2019-03-22", "2019-03-29"),
                "2019-04-15");                                                                          // formal, 31 days
        Dispute s10 = formal(DisputeCategory.OTHER, "2018-11-01", "2018-11-22", "2018-11-29");
        s10.referToCafcass(LocalDate.parse("2018-12-03"));
        s10.recordCafcassOutcome("Seeded outcome", LocalDate.parse("2019-01-15"));                     // formal, closed by CAFCASS
        // Outside the report
        Dispute s11 = resolved(informal(DisputeCategory.OTHER, "2018-03-01", "2018-03-08"), "2018-03-05"); // closed before the period
        Dispute s12 = informal(DisputeCategory.OTHER, "2019-06-17", "2019-06-24");                      // raised after the week
        seededReferences = disputes.saveAll(List.of(s1, s2, s3, s4, s5, s13, s6, s7, s8, s9, s10, s11, s12)).stream()
                .map(Dispute::getCaseReference).toList();
    }

    @AfterAll
    void realTime() {
        clock.reset();
    }

    @Test
    void theApiCountsTheSeededWeek() throws Exception {
        var response = ApiClient.as(port, "service-director", "demo").get("/api/disputes/report?weekEnding=2019-06-16");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode r = json.readTree(response.body());
        assertThat(r.get("weekStarting").asText()).isEqualTo("2019-06-10");
        assertThat(r.get("open").asInt()).isEqualTo(6);
        assertThat(r.get("openByStage").toString()).isEqualTo("{\"informal\":3,\"formal\":2,\"cafcass\":1}");
        assertThat(r.get("openByStageAndAge").get("informal").toString()).isEqualTo("{\"0-5\":2,\"6-10\":0,\"11-15\":1,\"16-20\":0,\"over 20\":0}");
        assertThat(r.get("openByStageAndAge").get("formal").toString()).isEqualTo("{\"0-5\":0,\"6-10\":0,\"11-15\":0,\"16-20\":1,\"over 20\":1}");
        assertThat(r.get("openByStageAndAge").get("cafcass").toString()).isEqualTo("{\"0-5\":0,\"6-10\":1,\"11-15\":0,\"16-20\":0,\"over 20\":0}");
        assertThat(r.get("overdue").asInt()).isEqualTo(2);
        assertThat(r.get("openByCategory").toString()).isEqualTo("{\"drift-and-delay\":1,\"no-care-plan\":2,\"incomplete-plan\":1,"
                + "\"professional-difference\":1,\"no-allocated-worker\":0,\"outstanding-recommendations\":0,\"other\":1}");
        assertThat(r.get("raisedInWeek").asInt()).isEqualTo(2);
        assertThat(r.get("closedInWeek").asInt()).isEqualTo(1);
        assertThat(r.get("resolvedAtInformalStage").toString()).isEqualTo("{\"count\":2,\"of\":5,\"percent\":40}");
        assertThat(r.get("formalResolvedWithinTwentyWorkingDays").toString()).isEqualTo("{\"count\":1,\"of\":3,\"percent\":33}");
        assertThat(response.body()).doesNotContain(seededReferences);
    }

    @Test
    void aWeekBeforeAnyDisputeCountsNothingAndABadDateIsRefused() throws Exception {
        JsonNode r = json.readTree(ApiClient.as(port, "iro", "demo").get("/api/disputes/report?weekEnding=2017-01-01").body());
        assertThat(r.get("open").asInt()).isZero();
        assertThat(r.get("resolvedAtInformalStage").get("percent").isNull()).isTrue();
        assertThat(ApiClient.as(port, "iro", "demo").get("/api/disputes/report?weekEnding=16-06-2019").statusCode()).isEqualTo(400);
    }

    @Test
    void aWeekEndingOutsideTheCalendarIsRefusedWith400InPlainWords() throws Exception {
        for (String weekEnding : List.of("-999999999-01-01", "%2B999999999-12-31", "1899-12-31", "2200-01-01")) {
            var refused = ApiClient.as(port, "iro", "demo").get("/api/disputes/report?weekEnding=" + weekEnding);
            assertThat(refused.statusCode()).as(weekEnding).isEqualTo(400);
            assertThat(json.readTree(refused.body()).get("error").asText()).isEqualTo("Give a date between 1900 and 2199");
            assertThat(refused.body()).doesNotContain("java.", "Exception");
        }
        assertThat(ApiClient.as(port, "iro", "demo").get("/api/disputes/report?weekEnding=2199-12-29").statusCode()).isEqualTo(200);
    }

    @Test
    void thePageExplainsAWeekEndingOutsideTheCalendarAndKeepsWhatWasTyped() throws Exception {
        for (String weekEnding : List.of("-999999999-01-01", "+999999999-12-31")) {
            var refused = mvc.perform(get("/staff/disputes/report").param("weekEnding", weekEnding)
                    .with(user("iro").authorities(() -> "iro"))).andReturn().getResponse();
            assertThat(refused.getStatus()).as(weekEnding).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("There is a problem", "Give a date between 1900 and 2199",
                    "value=\"" + weekEnding + "\"").doesNotContain("java.", "Exception", "id=\"open\"");
        }
        var malformed = mvc.perform(get("/staff/disputes/report").param("weekEnding", "16/06/2019")
                .with(user("iro").authorities(() -> "iro"))).andReturn().getResponse();
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains("Give the date as YYYY-MM-DD, for example 2025-03-23", "value=\"16/06/2019\"");
    }

    @Test
    void thePageShowsTheSameFiguresWithAnAccessibleChart() throws Exception {
        String page = mvc.perform(get("/staff/disputes/report").param("weekEnding", "2019-06-16")
                .with(user("service-director").authorities(() -> "service-directors"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<dd class=\"govuk-summary-list__value\" id=\"open\">6</dd>",
                "<dd class=\"govuk-summary-list__value\" id=\"overdue\">2</dd>", "40% (2 of 5)", "33% (1 of 3)");
        assertThat(page).contains("role=\"img\"", "<figcaption class=\"govuk-heading-m\" id=\"open-by-stage-title\">Open disputes by stage</figcaption>",
                "<desc id=\"open-by-stage-desc\">Informal: 3; Formal: 2; Referred to CAFCASS: 1.</desc>");
        assertThat(page).contains("y=\"6\" width=\"300\"", "y=\"38\" width=\"200\"", "y=\"70\" width=\"100\"");
        assertThat(page).contains("Drift and delay: 1; No care or pathway plan presented for review: 2; Incomplete plan: 1;");
        assertThat(page).doesNotContain("<script src=\"/js/chart", "chart.js");
        assertThat(page).doesNotContain(seededReferences);
    }

    @Test
    void everyMondayAt8TheServiceDirectorsAreEmailedTheCountsOnly() {
        clock.freezeAt(Instant.parse("2019-06-17T07:00:00Z"));
        long before = outbox.count();
        Job timer = managementService.createJobQuery().processDefinitionKey("dispute-weekly-report").timers().singleResult();
        managementService.executeJob(timer.getId());

        List<OutboxMessage> sent = outbox.findAll().stream().skip(before).filter(m -> m.getKind().equals("dispute-weekly-report")).toList();
        assertThat(sent).extracting(OutboxMessage::getRecipient)
                .containsExactlyInAnyOrder("service-director@council.example", "demo@council.example");
        OutboxMessage mail = sent.get(0);
        assertThat(mail.getSubject()).isEqualTo("IRO disputes: weekly figures to Sunday 16 June 2019");
        assertThat(mail.getBody()).contains("Open at the end of the week: 6", "Overdue: 2", "- informal: 3 (0-5 working days: 2,",
                "- formal: 2 (", "16-20 working days: 1, over 20 working days: 1)", "- cafcass: 1 (",
                "No care or pathway plan presented for review: 2", "resolved at the informal stage: 40% (2 of 5)",
                "formal disputes resolved within 20 working days: 33% (1 of 3)",
                "http://scrutineer.test/staff/disputes/report?weekEnding=2019-06-16");
        assertThat(mail.getBody()).doesNotContain(seededReferences).doesNotContain("Seeded");

        Job next = managementService.createJobQuery().processDefinitionKey("dispute-weekly-report").timers().singleResult();
        assertThat(next.getDuedate()).as("the next Monday at 08:00 London time")
                .isEqualTo(Date.from(LocalDate.parse("2019-06-24").atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
    }
}
