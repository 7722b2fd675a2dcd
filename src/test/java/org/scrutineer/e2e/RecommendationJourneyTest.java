package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A clerk records a meeting's recommendations in the browser; they appear on the staff and public trackers, all accessible. */
@ScrutineerTest
class RecommendationJourneyTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        clock.freezeAt(Instant.parse("2027-01-12T16:00:00Z"));
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        clock.reset();
    }

    @Test
    void aClerkRecordsRecommendationsThatTheTrackersShow() {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-01-12T14:00"), null);
        browser.go("/staff/recommendations/new");
        browser.driver().findElement(By.id("username")).sendKeys("clerk");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/staff/recommendations/new"));
        assertThat(browser.accessibilityViolations()).isEmpty();

        new Select(browser.driver().findElement(By.id("meetingId"))).selectByValue(String.valueOf(meeting.id()));
        browser.driver().findElement(By.id("rows-0-topic")).sendKeys("Journey topic");
        browser.driver().findElement(By.id("rows-0-text")).sendKeys("That the journey is reviewed.");
        new Select(browser.driver().findElement(By.id("rows-0-scrutinyType"))).selectByValue("health");
        browser.click(browser.driver().findElement(By.cssSelector("form[action$='/staff/recommendations/new'] button[type=submit]")));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/staff/recommendations"));

        assertThat(browser.driver().getPageSource()).contains("1 recommendation recorded.", "Journey topic", "That the journey is reviewed.");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.go("/recommendations");
        assertThat(browser.driver().getPageSource()).contains("That the journey is reviewed.", "Not yet sent.");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
