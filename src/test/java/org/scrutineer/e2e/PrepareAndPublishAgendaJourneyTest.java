package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clerk prepares a meeting's agenda on its page: moves an item, adds one, and is told plainly
 * when a number is not one. At 9am on the publication date the pack is published, and a resident
 * finds the agenda from the meeting's page, with the pack as a PDF.
 */
@ScrutineerTest
class PrepareAndPublishAgendaJourneyTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired AppClock clock;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        clock.reset();
    }

    private void runDueJobs(ProcessInstance lifecycle) {
        for (int round = 0; round < 5; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(lifecycle.getId()).executable().list();
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    @Test
    void theClerkPreparesTheAgendaAndAResidentReadsItOncePublished() throws Exception {
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-03-23T14:00"), null);
        ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("meeting-" + meeting.id()).singleResult();
        clock.freezeAt(Instant.parse("2027-03-11T17:00:00Z"));
        runDueJobs(lifecycle);

        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys("clerk");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.click(browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")));
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
        browser.go("/staff/meetings/" + meeting.id());
        browser.click(browser.driver().findElement(By.id("staff-agenda-link")));
        browser.waitFor(d -> d.getPageSource().contains("Save the order"));
        browser.screenshot("agenda-draft");
        assertThat(browser.driver().findElement(By.id("agenda-status")).getText()).contains("The pack is published at 9am on Monday 15 March 2027");

        WebElement apologies = browser.driver().findElement(By.xpath("//tr[.//strong[text()='Apologies for absence']]//input[@type='text']"));
        apologies.clear();
        apologies.sendKeys("first");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='Save the order']")));
        browser.waitFor(d -> d.getPageSource().contains("There is a problem") ? true : null);
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Give item 1, Apologies for absence, a number from 1 to 999");
        assertThat(browser.driver().findElement(By.xpath("//tr[.//strong[text()='Apologies for absence']]//input[@type='text']")).getAttribute("value"))
                .as("what the clerk typed stays").isEqualTo("first");
        browser.screenshot("agenda-order-refused");

        WebElement nextMeeting = browser.driver().findElement(By.xpath("//tr[.//strong[text()='Date of the next meeting']]//input[@type='text']"));
        nextMeeting.clear();
        nextMeeting.sendKeys("0");
        WebElement retyped = browser.driver().findElement(By.xpath("//tr[.//strong[text()='Apologies for absence']]//input[@type='text']"));
        retyped.clear();
        retyped.sendKeys("1");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='Save the order']")));
        browser.waitFor(d -> d.getPageSource().contains("The agenda's order is saved") ? true : null);

        browser.driver().findElement(By.id("title")).sendKeys("Ofsted focused visit letter");
        browser.driver().findElement(By.id("purpose")).sendKeys("To note the letter and the service's response.");
        browser.driver().findElement(By.id("leadOfficer")).sendKeys("Director of Children's Services");
        new Select(browser.driver().findElement(By.id("reportId"))).selectByVisibleText("None");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='Add the item']")));
        browser.waitFor(d -> d.getPageSource().contains("Ofsted focused visit letter, is added") ? true : null);
        browser.screenshot("agenda-item-added");
        List<String> order = browser.driver().findElements(By.cssSelector("#agenda-items tbody strong")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
        assertThat(order.get(0)).isEqualTo("Date of the next meeting");
        assertThat(order).contains("Ofsted focused visit letter");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        clock.freezeAt(Instant.parse("2027-03-15T09:00:00Z"));
        runDueJobs(lifecycle);

        browser.go("/meetings/" + meeting.id());
        browser.click(browser.driver().findElement(By.id("agenda-link")));
        browser.waitFor(d -> d.getPageSource().contains("Documents") ? true : null);
        browser.screenshot("agenda-published");
        assertThat(browser.driver().findElement(By.id("agenda-items")).getText())
                .contains("1. Date of the next meeting", "Ofsted focused visit letter", "To note the letter and the service's response.");
        String pdf = browser.driver().findElement(By.xpath("//a[contains(., '(PDF)')]")).getAttribute("href");
        HttpResponse<byte[]> pack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(pack.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
