package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident asks the committee a question from the home page, and a clerk then finds it on the
 * staff question list and sees the acknowledgement on the staff mail page.
 */
@ScrutineerTest
class AskAQuestionJourneyTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private Browser browser;
    private ScheduledMeeting meeting;

    @BeforeEach
    void setUp() {
        clock.freezeAt(Instant.parse("2027-05-03T09:00:00Z"));
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-05-18T14:00"), "Council Chamber, Town Hall");
        browser = Browser.open(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        clock.reset();
    }

    @Test
    void aResidentAsksAQuestionAndTheClerkSeesItAndItsEmail() {
        browser.go("/");
        browser.screenshot("journey1-01-home");
        browser.click(browser.driver().findElement(By.cssSelector("a[href='/meetings/" + meeting.id() + "']")));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/meetings/" + meeting.id()));
        browser.screenshot("journey1-02-meeting");

        browser.click(browser.driver().findElement(By.linkText("Ask a question")));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/ask"));
        browser.screenshot("journey1-03-form");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Send question']")));

        WebElement summary = browser.waitFor(d -> d.findElements(By.cssSelector(".govuk-error-summary")).stream().findFirst().orElse(null));
        browser.screenshot("journey1-04-errors");
        assertThat(summary.getText()).contains("There is a problem").contains("Enter your full name");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
        browser.click(summary.findElement(By.partialLinkText("Enter your full name")));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("name");

        browser.driver().findElement(By.id("name")).sendKeys("Priya Resident");
        browser.driver().findElement(By.id("email")).sendKeys("priya@example.org");
        browser.driver().findElement(By.id("town")).sendKeys("Exemplar Town");
        browser.click(browser.driver().findElement(By.cssSelector("label[for=livesOrWorksInArea]")));
        browser.click(browser.driver().findElement(By.xpath("//label[normalize-space(.)='The cabinet member']")));
        browser.driver().findElement(By.id("text")).sendKeys("When will the new youth centre in Exemplar Town open?");
        browser.screenshot("journey1-05-filled");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Send question']")));

        WebElement reference = browser.waitFor(d -> d.findElements(By.id("reference")).stream().findFirst().orElse(null));
        browser.screenshot("journey1-06-confirmation");
        String ref = reference.getText();
        assertThat(ref).matches("PQ-2027-\\d{4}");

        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys("clerk");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.click(browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")));
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));

        browser.go("/staff/meetings/" + meeting.id());
        browser.click(browser.driver().findElement(By.linkText("Public questions")));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/staff/meetings/" + meeting.id() + "/questions"));
        browser.screenshot("journey4-01-staff-questions");
        WebElement row = browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + ref + "']]"));
        assertThat(row.getText()).contains("Priya Resident").contains("youth centre");

        browser.go("/staff");
        browser.click(browser.driver().findElement(By.linkText("Outgoing email")));
        browser.waitFor(d -> d.getCurrentUrl().contains("/staff/outbox"));
        browser.driver().findElement(By.id("to")).sendKeys("priya@example.org");
        browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Find']"));
        browser.waitFor(d -> d.getCurrentUrl().contains("to=priya"));
        WebElement mail = browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='priya@example.org']]"));
        browser.click(mail.findElement(By.cssSelector("summary")));
        browser.screenshot("journey4-02-outbox");
        assertThat(mail.getText()).contains(ref);
    }
}
