package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.e2e.Browser;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clerk opens a report's task in the Tasklist from its link: the Tasklist carries the council's
 * name, shows no vendor banner or engine release, offers the four filters with the item and meeting
 * columns, names the task by what it is about, and shows its due date on the council's clock on a
 * browser set to another zone.
 */
@ScrutineerTest
class TasklistInTheCouncilsWordsJourneyTest {

    @LocalServerPort int port;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;
    @Autowired TaskService taskService;

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
    void theClerkSeesTheCouncilsTasklist() {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Sufficiency of foster placements",
                ReportFixtures.flags(false, false, false, false, false)), "author");
        documents.upload(report.getId(), "foster-placements.pdf", ReportFixtures.pdf("Foster placements"), "author");

        browser.inTimeZone("America/New_York");
        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys("clerk");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.click(browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")));
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
        Task task = taskService.createTaskQuery().processDefinitionKey("report-signoff").processInstanceBusinessKey(String.valueOf(report.getId()))
                .taskDefinitionKey("approveReviewers").singleResult();
        String taskId = task.getId();
        // Other tests' tasks for democratic services may fill the list's first page, so the task is opened by its link, as the email gives it.
        browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);

        String name = "Approve the reviewers: Sufficiency of foster placements (meeting 23 March)";
        WebElement listed = browser.waitFor(d -> d.findElements(By.xpath("//*[normalize-space(text())=\""
                + name + "\"]")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(listed.isDisplayed()).isTrue();
        browser.waitFor(d -> d.getPageSource().contains("Meeting:") ? true : null);
        browser.screenshot("tasklist-in-the-councils-words");

        String page = browser.driver().getPageSource();
        for (String filter : new String[] {"My groups' tasks", "My tasks", "Due this week", "Overdue"}) {
            assertThat(browser.driver().findElements(By.xpath("//*[normalize-space(text())=\"" + filter + "\"]"))).as(filter).isNotEmpty();
        }
        assertThat(page).contains("Item", "Meeting", "Sufficiency of foster placements");
        assertThat(browser.driver().findElement(By.cssSelector(".navbar-brand")).getText()).contains("Exemplar Borough Council");
        assertThat(browser.driver().findElement(By.cssSelector(".navbar-brand .brand-logo")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).as("the footer does not show the engine's release")
                .contains("Date and Time displayed in local timezone: Europe/London").doesNotContain("7.24");

        String londonDue = LondonTime.of(task.getDueDate()).format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK));
        String newYorkDue = task.getDueDate().toInstant().atZone(ZoneId.of("America/New_York"))
                .format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK));
        assertThat(londonDue).isNotEqualTo(newYorkDue);
        String shown = browser.waitFor(d -> d.findElements(By.cssSelector(".task-details [am-time-ago='task.due']")).stream()
                .map(due -> due.getAttribute("uib-tooltip")).filter(text -> text != null && !text.isBlank()).findFirst().orElse(null));
        assertThat(shown).as("the open task's due date on the council's clock, on a browser set to New York time").isEqualTo(londonDue);
    }
}
