package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxDelivery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk adds an information request for a partner's contact on the tracker's page; the partner
 * answers through the link in the email they received; the tracker shows it RESPONDED, and the
 * tracking report for the next meeting lists it with the answer. Every page passes the axe audit.
 */
@ScrutineerTest
class PartnerAnswersActionJourneyTest {

    private static final String PARTNER = "jo.inspector@police.example.org";

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired OutboxDelivery delivery;
    @Autowired GreenMail smtp;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;
    private ScheduledMeeting next;

    @BeforeEach
    void theDayAfterAMeetingInNovember2032() {
        clock.freezeAt(Instant.parse("2032-11-03T10:00:00Z"));
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2032-11-02T18:07"), "Committee Room 2");
        next = meetings.schedule("cyp", LocalDateTime.parse("2032-12-07T18:07"), "Committee Room 2");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private String linkInEmailToThePartner() {
        delivery.deliverDue();
        return Arrays.stream(smtp.getReceivedMessagesForDomain(PARTNER))
                .map(GreenMailUtil::getBody)
                .map(body -> body.replace("=\r\n", "").replace("=3D", "="))
                .flatMap(body -> Arrays.stream(body.split("\\s+")))
                .filter(word -> word.contains("/respond?token="))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no email to " + PARTNER + " with a link to answer"));
    }

    @Test
    void aPartnerAnswersThroughTheEmailedLinkAndTheTrackerAndTheNextReportShowIt() {
        try (Browser clerk = Browser.open(port)) {
            clerk.signIn("clerk");
            clerk.go("/staff/actions?committee=cyp");
            new Select(clerk.driver().findElement(By.id("meetingId"))).selectByValue(String.valueOf(meeting.id()));
            clerk.type("minute", "7");
            clerk.click(clerk.driver().findElement(By.id("kind-information-request")));
            clerk.type("text", "Send the number of children held overnight in police custody this year");
            clerk.click(clerk.driver().findElement(By.id("ownerType-partner")));
            clerk.type("ownerName", "Jo Inspector");
            clerk.type("ownerEmail", PARTNER);
            assertThat(clerk.accessibilityViolations()).as("the tracker with its form").isEmpty();
            clerk.click(clerk.driver().findElement(By.xpath("//button[normalize-space(.)='Add it']")));
            clerk.waitFor(d -> d.getPageSource().contains("has been emailed a link to answer it"));
            clerk.screenshot("action-added");
            assertThat(clerk.driver().findElement(By.id("status")).getText()).isEqualTo("OPEN");
            assertThat(clerk.accessibilityViolations()).as("the action's page").isEmpty();
        }

        String link = linkInEmailToThePartner().replace("http://scrutineer.test", "http://localhost:" + port);
        try (Browser partner = Browser.open(port)) {
            partner.driver().get(link);
            partner.waitFor(d -> d.getPageSource().contains("Answer the information request"));
            assertThat(partner.driver().getPageSource()).contains("Send the number of children held overnight in police custody this year");
            assertThat(partner.accessibilityViolations()).as("the partner's answer page").isEmpty();
            partner.click(partner.driver().findElement(By.xpath("//button[normalize-space(.)='Send the answer']")));
            partner.waitFor(d -> d.getPageSource().contains("There is a problem"));
            assertThat(partner.accessibilityViolations()).as("the answer page with its errors").isEmpty();
            partner.type("response", "Eleven children were held overnight; each was seen by an appropriate adult.");
            partner.click(partner.driver().findElement(By.id("outcome-done")));
            partner.click(partner.driver().findElement(By.xpath("//button[normalize-space(.)='Send the answer']")));
            partner.waitFor(d -> d.getPageSource().contains("Your answer has been sent"));
            partner.screenshot("action-answered");
            assertThat(partner.accessibilityViolations()).as("the confirmation").isEmpty();

            partner.driver().get(link);
            partner.waitFor(d -> d.getPageSource().contains("This link has already been used"));
            assertThat(partner.accessibilityViolations()).as("the used link's page").isEmpty();
        }

        try (Browser clerk = Browser.open(port)) {
            clerk.signIn("clerk");
            clerk.go("/staff/actions?committee=cyp&meetingId=" + meeting.id());
            WebElement row = clerk.driver().findElement(By.xpath("//table[@id='actions']//tr[contains(., 'police custody')]"));
            assertThat(row.getText()).contains("RESPONDED", "Jo Inspector", "Eleven children were held overnight");
            clerk.screenshot("action-tracker");
        }

        try (Browser resident = Browser.open(port)) {
            resident.go("/meetings/" + next.id() + "/action-tracking");
            String report = resident.driver().getPageSource();
            assertThat(report).contains("Information requests and actions tracking report", "minute 7",
                    "Send the number of children held overnight in police custody this year", "Jo Inspector", "Responded",
                    "Eleven children were held overnight").doesNotContain(PARTNER);
            resident.screenshot("action-tracking-report");
            assertThat(resident.accessibilityViolations()).as("the tracking report").isEmpty();

            resident.go("/committees/cyp/actions");
            assertThat(resident.driver().getPageSource()).contains("Eleven children were held overnight").doesNotContain(PARTNER);
            assertThat(resident.accessibilityViolations()).as("the public actions page").isEmpty();
        }
    }
}
