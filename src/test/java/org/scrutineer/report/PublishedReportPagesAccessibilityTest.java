package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.e2e.Browser;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The published reports and a report's page with its reviewers table, audited by axe-core in a browser. */
@ScrutineerTest
class PublishedReportPagesAccessibilityTest {

    private static final Instant AGENDA_PUBLICATION = Instant.parse("2027-03-15T09:00:00Z");

    @LocalServerPort int port;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired SignOffSteps steps;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private Browser browser;
    private ScheduledMeeting meeting;

    @BeforeEach
    void setUp() {
        meeting = ReportFixtures.meeting(meetings, clock);
        browser = Browser.open(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        clock.reset();
    }

    @Test
    void theAgendaReportsAndTheReviewersTableHaveNoSeriousOrCriticalViolations() {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Placement sufficiency",
                ReportFixtures.flags(true, false, false, false, false)), "author");
        documents.upload(report.getId(), "sufficiency.pdf", ReportFixtures.pdf("Sufficiency"), "author");
        steps.chooseReviewers(report, List.of("governance", "finance"));
        steps.review(report, "governance", "reviewer-governance");
        steps.review(report, "finance", "reviewer-finance");
        steps.approve(report, "director");
        clock.freezeAt(AGENDA_PUBLICATION);
        steps.runDueTimers(report);

        browser.go("/meetings/" + meeting.id() + "/reports");
        browser.waitFor(d -> d.getPageSource().contains("Placement sufficiency"));
        browser.screenshot("a11y-published-reports");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.go("/reports/" + report.getId());
        browser.waitFor(d -> d.getPageSource().contains("Approved by"));
        browser.screenshot("a11y-published-report");
        assertThat(browser.driver().getPageSource()).contains("Report reviewers used for appraising this report");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
