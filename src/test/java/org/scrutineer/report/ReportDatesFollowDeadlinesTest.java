package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.DeadlineOverride;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A report's due dates and timers are counted from its meeting's stored deadlines, so they follow a
 * deadline set by hand as they follow a move; and a report for a meeting in a year without bank
 * holidays says so.
 */
@ScrutineerTest
class ReportDatesFollowDeadlinesTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeetingOnTheTwentyThirdOfMarch2027() {
        init(engine);
        meeting = ReportFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Report register(ScheduledMeeting forMeeting) {
        Report report = registration.register(ReportFixtures.request(forMeeting.id(), "Sufficiency of foster placements",
                ReportFixtures.flags(false, false, false, false, false)), "author");
        documents.upload(report.getId(), "report.pdf", ReportFixtures.pdf("version 1"), "author");
        return report;
    }

    private ProcessInstance processOf(Report report) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("report-signoff")
                .processInstanceBusinessKey(String.valueOf(report.getId())).singleResult();
    }

    private Job timer(ProcessInstance pi, String activity) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activity).timers().singleResult();
    }

    @Test
    void theOpenTaskAndTheEscalationFollowDeadlinesSetByHand() {
        ProcessInstance pi = processOf(register(meeting));
        assertThat(pi).isWaitingAt("approveReviewers");
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate())
                .isEqualTo(Date.from(Instant.parse("2027-03-03T17:00:00Z")));
        assertThat(timer(pi, "approvalAtRisk").getDuedate()).isEqualTo(Date.from(Instant.parse("2027-03-11T17:00:00Z")));

        meetings.overrideDeadlines(meeting.id(), new DeadlineOverride(null, LocalDate.parse("2027-03-10"), LocalDate.parse("2027-03-12"),
                "Reports a day early; the agenda goes out with the budget papers"));

        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate())
                .as("6 working days before Wednesday 10 March").isEqualTo(Date.from(Instant.parse("2027-03-02T17:00:00Z")));
        assertThat(timer(pi, "approvalAtRisk").getDuedate())
                .as("2 working days before Friday 12 March").isEqualTo(Date.from(Instant.parse("2027-03-10T17:00:00Z")));
    }

    @Test
    void aReportForAMeetingIn2029CarriesACalendarWarning() throws Exception {
        ScheduledMeeting in2029 = meetings.schedule("cyp", LocalDateTime.parse("2029-03-20T14:00"), null);
        Report report = register(in2029);

        HttpResponse<String> read = ApiClient.as(port, "clerk", "demo").get("/api/reports/" + report.getId());
        JsonNode answer = json.readTree(read.body());
        assertThat(answer.path("calendarWarning").asText()).contains("Bank holidays for 2029 are not in the calendar yet");

        JsonNode covered = json.readTree(ApiClient.as(port, "clerk", "demo").get("/api/reports/" + register(meeting).getId()).body());
        assertThat(covered.has("calendarWarning")).isFalse();
    }
}
