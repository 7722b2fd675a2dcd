package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.e2e.Browser;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The governance officer names a reviewer who does not exist in the Tasklist's Camunda Form: the
 * Tasklist shows the plain reason, with no engine code or Java words; what they ticked and typed
 * is still on the form, so they correct the name and complete the task.
 */
@ScrutineerTest
class RefusalInTasklistJourneyTest {

    private static final String LEGAL_REVIEWER = "Person to review for Legal (user id, optional)";

    @LocalServerPort int port;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired SignOffSteps steps;
    @Autowired TaskService taskService;
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

    private WebElement checkbox(String label) {
        return browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + label + "']//input"
                + " | //label[normalize-space(.)='" + label + "']/preceding-sibling::input"
                + " | //input[@id=//label[normalize-space(.)='" + label + "']/@for]"));
    }

    private WebElement textField(String label) {
        return browser.driver().findElement(By.xpath("//input[@id=//label[normalize-space(.)=\"" + label + "\"]/@for]"
                + " | //label[normalize-space(.)=\"" + label + "\"]/following::input[1]"));
    }

    @Test
    void theTasklistShowsThePlainReasonAndKeepsWhatWasEntered() {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Children's centres review",
                ReportFixtures.flags(false, false, false, false, false)), "author");
        documents.upload(report.getId(), "centres.pdf", ReportFixtures.pdf("Children's centres"), "author");
        String taskId = taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId())
                .taskDefinitionKey("approveReviewers").singleResult().getId();

        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys("clerk");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.click(browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")));
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
        browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.clickWhenReady(By.xpath("//*[normalize-space(text())='Claim']"));
        browser.waitFor(d -> d.findElements(By.xpath("//label[normalize-space(.)='Legal reviews this report']")).stream()
                .findFirst().orElse(null));

        browser.clickWhenReady(By.xpath("//label[normalize-space(.)='Legal reviews this report']"));
        WebElement name = browser.waitFor(d -> textField(LEGAL_REVIEWER));
        name.sendKeys("no-such-person");
        browser.screenshot("refusal-01-unknown-reviewer-entered");
        browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Complete']"));

        WebElement refusal = browser.waitFor(d -> d.findElements(By.xpath("//*[contains(text(), \"There is no user\")]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        browser.screenshot("refusal-02-plain-reason");
        String notice = refusal.getText();
        assertThat(notice).contains("There is no user 'no-such-person' to review for Legal")
                .doesNotContain("ENGINE-").doesNotContain("TaskListener").doesNotContain("Exception").doesNotContain("org.camunda")
                .doesNotContain("Cannot complete task");
        assertThat(browser.driver().getPageSource()).doesNotContain("ENGINE-0").doesNotContain("invoking the TaskListener");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
        assertThat(checkbox("Legal reviews this report").isSelected()).as("the ticked role is still ticked").isTrue();
        assertThat(checkbox("Governance reviews this report").isSelected()).isTrue();
        assertThat(textField(LEGAL_REVIEWER).getAttribute("value")).as("the name typed is still there").isEqualTo("no-such-person");

        browser.clickWhenReady(By.cssSelector("button.close[ng-click*='removeNotification']"));
        WebElement corrected = textField(LEGAL_REVIEWER);
        corrected.clear();
        corrected.sendKeys("reviewer-legal");
        browser.screenshot("refusal-03-corrected");
        browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Complete']"));
        browser.waitFor(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);

        List<Task> reviews = taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId())
                .taskDefinitionKey("reviewReport").list();
        assertThat(reviews).extracting(Task::getAssignee).containsExactlyInAnyOrder(null, "reviewer-legal");
    }
}
