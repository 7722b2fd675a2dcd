package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxDelivery;
import org.scrutineer.question.PublicQuestion;
import org.scrutineer.question.QuestionIntake;
import org.scrutineer.question.QuestionSubmission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk follows the new-task email into the Camunda Tasklist and screens a public question
 * through its Camunda Form.
 */
@ScrutineerTest
class ScreenQuestionInTasklistJourneyTest {

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired QuestionIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired OutboxDelivery delivery;
    @Autowired GreenMail smtp;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theClerkClaimsAcceptsAndCompletesTheScreening() {
        ScheduledMeeting meeting = meetings.schedule("cyp",
                LocalDate.now().plusMonths(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atTime(14, 0), null);
        PublicQuestion question = intake.submit(new QuestionSubmission(meeting.id(), "Sam Resident", "sam.tasklist@example.org",
                "Exemplar Town", true, "officer", "How many school transport routes were cut this year?"));

        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys("clerk");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")).click();
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));

        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(question.getReference()).singleResult().getId();
        delivery.deliverDue();
        String link = Arrays.stream(smtp.getReceivedMessagesForDomain("clerk@council.example"))
                .map(GreenMailUtil::getBody)
                .map(body -> body.replace("=\r\n", "").replace("=3D", "="))
                .flatMap(body -> Arrays.stream(body.split("\\s+")))
                .filter(word -> word.endsWith("?task=" + taskId))
                .findFirst().orElseThrow(() -> new AssertionError("no new-task email to the clerk links to " + taskId));
        browser.go(link.substring("http://scrutineer.test".length()));
        browser.waitFor(d -> d.getPageSource().contains("Screen the question"));
        browser.screenshot("screen-question-task");

        WebElement claim = browser.waitFor(d -> d.findElements(By.xpath("//*[normalize-space(text())='Claim']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        claim.click();
        browser.waitFor(d -> !d.findElements(By.xpath("//*[normalize-space(text())='Unclaim' or @title='Unclaim']")).isEmpty()
                || !d.findElements(By.cssSelector("[ng-click*='unclaim']")).isEmpty());
        browser.screenshot("screen-question-form");

        WebElement accept = browser.waitFor(d -> d.findElements(By.xpath("//label[normalize-space(.)='Accept']")).stream()
                .findFirst().orElse(null));
        browser.click(accept);
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Complete']")));
        browser.waitFor(d -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(question.getReference())
                .activityIdIn("draftAnswer").count() > 0);
        browser.screenshot("screen-question-completed");

        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(question.getReference()).singleResult().getId(), "decision")).isEqualTo("accept");
    }
}
