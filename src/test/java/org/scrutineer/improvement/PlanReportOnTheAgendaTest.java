package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.agenda.AgendaReport;
import org.scrutineer.agenda.AgendaReports;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.PdfUa;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The plan's report placed on a meeting's agenda: frozen as it stood on the day it shows, then through
 * report sign-off like any other report, and on the agenda only once a director approves it.
 */
@ScrutineerTest
class PlanReportOnTheAgendaTest {

    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired ImprovementFixtures fixtures;
    @Autowired PlanEditing editing;
    @Autowired MeetingService meetings;
    @Autowired AgendaReports agendaReports;
    @Autowired RuntimeService runtimeService;
    @Autowired ProcessSteps steps;

    private long planId;
    private String title;
    private ScheduledMeeting meeting;

    @BeforeEach
    void aPlanAndAMeeting() {
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
        title = ImprovementFixtures.uniqueTitle("Agenda plan");
        planId = fixtures.imported(title,
                "Our workforce,director,A1,,,Recruit permanent social workers,Campaign,2027-01-31,head-of-service,red",
                "Our workforce,director,A2,,,Train the team managers,,,head-of-service,green");
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-03-23T14:00"), null);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    private MockHttpServletRequestBuilder place(String meetingId, String day, String month, String year) {
        return post("/staff/plans/" + planId + "/agenda-reports").with(clerk()).with(csrf()).param("agenda-meetingId", meetingId)
                .param("agenda-asOfDay", day).param("agenda-asOfMonth", month).param("agenda-asOfYear", year);
    }

    private String page() throws Exception {
        return mvc.perform(get("/staff/plans/" + planId).with(clerk())).andReturn().getResponse().getContentAsString();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportIsFrozenOnTheDayItShowsAndReachesTheAgendaOnlyOnceSignedOff() throws Exception {
        MvcResult placed = mvc.perform(place(String.valueOf(meeting.id()), "1", "3", "2027")).andReturn();
        assertThat(placed.getResponse().getRedirectedUrl()).isEqualTo("/staff/plans/" + planId + "#agenda-reports");
        assertThat((String) placed.getFlashMap().get("success")).contains("as report", "It goes through report sign-off first")
                .doesNotContain("deadline");

        AgendaReport report = agendaReports.forMeeting(meeting.id()).stream().filter(r -> r.title().contains(title)).findFirst().orElseThrow();
        assertThat(report.title()).isEqualTo("Improvement plan report: " + title + ", Monday 1 March 2027");
        assertThat(report.approved()).as("not on the agenda before sign-off").isFalse();
        assertThat(report.decisionType()).isEqualTo("for-information");
        byte[] frozen = report.document().orElseThrow().content().get();
        assertThat(report.document().get().mediaType()).isEqualTo("application/pdf");
        assertThat(PdfUa.failedRules(frozen)).isEmpty();
        assertThat(text(frozen)).contains(title, "A1", "Recruit permanent social workers");

        editing.describe(planId, "Renamed " + title, null, null, null);
        byte[] later = agendaReports.find(report.id()).orElseThrow().document().orElseThrow().content().get();
        assertThat(later).as("what is signed off is what was placed").isEqualTo(frozen);
        assertThat(text(later)).doesNotContain("Renamed");

        ProcessInstance signOff = runtimeService.createProcessInstanceQuery().processDefinitionKey("report-signoff")
                .processInstanceBusinessKey(String.valueOf(report.id())).singleResult();
        assertThat(signOff).isWaitingAt("approveReviewers");
        assertThat(page()).contains("Report " + report.id(), "In sign-off", "Children");

        steps.complete("clerk", steps.task(signOff, "approveReviewers"), Map.of("reviewerRoles", List.of("governance")));
        steps.complete("reviewer-governance", steps.task(signOff, "reviewReport"), Map.of("outcome", "approve", "comments", ""));
        assertThat(agendaReports.find(report.id()).orElseThrow().approved()).as("reviewed but not yet approved").isFalse();
        steps.complete("director", steps.task(signOff, "approveReport"), Map.of("approved", true, "approvalComments", ""));

        assertThat(agendaReports.find(report.id()).orElseThrow().approved()).isTrue();
        assertThat(page()).contains("Approved for the agenda by");
    }

    @Test
    void aPlacementThatCannotBeMadeIsRefusedInWordsWithWhatWasTyped() throws Exception {
        String none = mvc.perform(place("", "1", "3", "2027")).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("There is a problem", "Choose the meeting whose agenda the report goes on", "<title>Error: ");

        String future = mvc.perform(place(String.valueOf(meeting.id()), "2", "3", "2027")).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("The report shows the plan as it stands today or on an earlier day, not on Tuesday 2 March 2027");
        assertThat(future).as("the day typed is kept").containsPattern("name=\"agenda-asOfDay\"[^>]*value=\"2\"");

        String unreadable = mvc.perform(place(String.valueOf(meeting.id()), "31", "2", "2027")).andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("Enter a real date as day, month and year");

        ScheduledMeeting held = meetings.schedule("cyp", LocalDateTime.parse("2027-02-01T14:00"), null);
        assertThat(mvc.perform(place(String.valueOf(held.id()), "1", "2", "2027")).andReturn().getResponse().getContentAsString())
                .contains("has been held or cancelled: choose a meeting still to come");

        assertThat(mvc.perform(place(String.valueOf(meeting.id()), "", "", "")).andReturn().getResponse().getRedirectedUrl()).isNotNull();
        String twice = mvc.perform(place(String.valueOf(meeting.id()), "", "", "")).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("The plan&#39;s report is already on that meeting&#39;s agenda as report");
        assertThat(agendaReports.forMeeting(meeting.id()).stream().filter(r -> r.title().contains(title))).hasSize(1);

        assertThat(mvc.perform(post("/staff/plans/" + planId + "/agenda-reports").with(user("member").authorities(() -> "committee-members"))
                .with(csrf()).param("agenda-meetingId", String.valueOf(meeting.id()))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /** The meeting's deadline for reports is Thursday 11 March 2027. */
    @Test
    void aReportPlacedAfterTheMeetingsDeadlineForReportsSaysItIsLate() throws Exception {
        clock.freezeAt(Instant.parse("2027-03-15T09:00:00Z"));
        MvcResult placed = mvc.perform(place(String.valueOf(meeting.id()), "", "", "")).andReturn();
        assertThat((String) placed.getFlashMap().get("success"))
                .contains("The meeting's deadline for reports was Thursday 11 March 2027, so its sign-off is late from the start");
        assertThat(page()).contains("Placed after the deadline of Thursday 11 March 2027");
    }

    @Test
    void otherSystemsPlaceTheReportThroughTheApi() throws Exception {
        MvcResult created = mvc.perform(post("/api/plans/" + planId + "/agenda-reports").with(clerk()).with(csrf())
                .contentType("application/json").content("{\"meetingId\": " + meeting.id() + ", \"asOf\": \"2027-02-26\"}")).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(created.getResponse().getContentAsString()).contains("\"asOf\":\"Friday 26 February 2027\"", "\"status\":\"in sign-off\"");
        assertThat(created.getResponse().getHeader("Location")).startsWith("/api/reports/");

        String listed = mvc.perform(get("/api/plans/" + planId + "/agenda-reports").with(user("member").authorities(() -> "committee-members")))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("\"meetingId\":" + meeting.id());

        MvcResult badDay = mvc.perform(post("/api/plans/" + planId + "/agenda-reports").with(clerk()).with(csrf())
                .contentType("application/json").content("{\"meetingId\": " + meeting.id() + ", \"asOf\": \"26/02/2027\"}")).andReturn();
        assertThat(badDay.getResponse().getStatus()).isEqualTo(400);
        assertThat(badDay.getResponse().getContentAsString()).contains("Give the day the report shows as YYYY-MM-DD");
    }
}
