package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxDelivery;
import org.scrutineer.recommendation.Recommendation;
import org.scrutineer.recommendation.RecommendationIntake;
import org.scrutineer.recommendation.RecommendationSubmission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cabinet member follows the new-task email into the Tasklist, records a partially accepted
 * response, is told the reasons are required, gives them with one action, and the public tracker
 * then shows the response.
 */
@ScrutineerTest
class ExecutiveResponseInTasklistJourneyTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired RecommendationIntake recommendations;
    @Autowired TaskService taskService;
    @Autowired OutboxDelivery delivery;
    @Autowired GreenMail smtp;
    @Autowired AppClock clock;

    private Browser browser;

    @BeforeEach
    void setUp() {
        clock.freezeAt(Instant.parse("2027-02-02T10:00:00Z"));
        browser = Browser.open(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        clock.reset();
    }

    private void signIn(String user) {
        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.click(browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")));
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    private String linkInEmailTo(String address, String taskId) {
        delivery.deliverDue();
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address))
                .map(GreenMailUtil::getBody)
                .map(body -> body.replace("=\r\n", "").replace("=3D", "="))
                .flatMap(body -> Arrays.stream(body.split("\\s+")))
                .filter(word -> word.endsWith("?task=" + taskId))
                .findFirst().orElseThrow(() -> new AssertionError("no new-task email to " + address + " links to " + taskId));
    }

    @Test
    void theCabinetMemberRecordsAPartiallyAcceptedResponseWithReasonsAndAnAction() {
        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2027-01-19T18:00"), null);
        Recommendation recommendation = recommendations.record(new RecommendationSubmission(meeting.id(), "Short breaks",
                "4", "Publish a short-breaks statement that families can understand.", "cabinet-member", "general", null));
        String businessKey = String.valueOf(recommendation.getId());
        taskService.complete(taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(businessKey).singleResult().getId());
        String taskId = taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("recordExecutiveResponse").singleResult().getId();

        signIn("cabinet-member");
        browser.go(linkInEmailTo("cabinet-member@council.example", taskId).substring("http://scrutineer.test".length()));
        WebElement claim = browser.waitFor(d -> d.findElements(By.xpath("//*[normalize-space(text())='Claim']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        browser.screenshot("journey3-01-task");
        browser.click(claim);

        browser.clickWhenReady(By.xpath("//label[normalize-space(.)='Partially accepted']"));
        browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Complete']"));
        WebElement refusal = browser.waitFor(d -> d.findElements(By.xpath("//*[contains(text(), 'reasons')]")).stream()
                .filter(e -> e.getText().contains("required")).findFirst().orElse(null));
        browser.screenshot("journey3-02-reasons-required");
        assertThat(refusal.getText()).contains("Give the reasons");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
        browser.clickWhenReady(By.cssSelector("button.close[ng-click*='removeNotification']"));

        browser.driver().findElement(By.xpath("//label[normalize-space(.)='Reasons']/following::textarea[1]"))
                .sendKeys("We will publish a statement, but not until the new provider starts in September.");
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='Action plan']/following::textarea[1]"))
                .sendKeys("Publish the short-breaks statement | Head of SEND | 2027-09-30 | Statement online and sent to families");
        browser.screenshot("journey3-03-filled");
        browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Complete']"));
        browser.waitFor(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);

        browser.go("/recommendations");
        browser.waitFor(d -> d.getPageSource().contains("short-breaks statement"));
        browser.screenshot("journey3-04-public-tracker");
        assertThat(browser.driver().getPageSource())
                .contains("not until the new provider starts in September")
                .containsIgnoringCase("partially accepted");
    }
}
