package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.scrutineer.notification.OutboxDelivery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The governance officer follows the new-task email into the Tasklist, finds the proposed
 * reviewers ticked in the Camunda Form, unticks one and completes it; the reviews then go to the
 * chosen reviewers only.
 */
@ScrutineerTest
class ApproveReviewersInTasklistJourneyTest {

    @LocalServerPort int port;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired SignOffSteps steps;
    @Autowired TaskService taskService;
    @Autowired MeetingService meetings;
    @Autowired OutboxDelivery delivery;
    @Autowired GreenMail smtp;
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

    private String linkInEmailTo(String address, String taskId) {
        delivery.deliverDue();
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address))
                .map(GreenMailUtil::getBody)
                .map(body -> body.replace("=\r\n", "").replace("=3D", "="))
                .flatMap(body -> Arrays.stream(body.split("\\s+")))
                .filter(word -> word.endsWith("?task=" + taskId))
                .findFirst().orElseThrow(() -> new AssertionError("no new-task email to " + address + " links to " + taskId));
    }

    private WebElement checkbox(String label) {
        return browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + label + "']//input"
                + " | //label[normalize-space(.)='" + label + "']/preceding-sibling::input"
                + " | //input[@id=//label[normalize-space(.)='" + label + "']/@for]"));
    }

    @Test
    void theGovernanceOfficerChangesTheProposedReviewersInTheTasklist() {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Short breaks sufficiency",
                ReportFixtures.flags(true, false, false, false, true)), "author");
        documents.upload(report.getId(), "short-breaks.pdf", ReportFixtures.pdf("Short breaks"), "author");
        String taskId = taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId())
                .taskDefinitionKey("approveReviewers").singleResult().getId();

        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys("clerk");
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.click(browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")));
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
        browser.go(linkInEmailTo("clerk@council.example", taskId).substring("http://scrutineer.test".length()));
        browser.clickWhenReady(By.xpath("//*[normalize-space(text())='Claim']"));
        browser.waitFor(d -> d.findElements(By.xpath("//label[normalize-space(.)='Risk reviews this report']")).stream()
                .findFirst().orElse(null));
        browser.screenshot("journey2-01-proposal");

        assertThat(checkbox("Governance reviews this report").isSelected()).isTrue();
        assertThat(checkbox("Finance reviews this report").isSelected()).isTrue();
        assertThat(checkbox("Risk reviews this report").isSelected()).isTrue();
        assertThat(checkbox("Legal reviews this report").isSelected()).isFalse();

        browser.clickWhenReady(By.xpath("//label[normalize-space(.)='Risk reviews this report']"));
        assertThat(checkbox("Risk reviews this report").isSelected()).isFalse();
        browser.screenshot("journey2-02-changed");
        browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Complete']"));
        browser.waitFor(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);

        List<Task> reviews = taskService.createTaskQuery().processInstanceId(steps.processOf(report).getId())
                .taskDefinitionKey("reviewReport").list();
        assertThat(reviews).flatExtracting(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                        .map(IdentityLink::getGroupId).filter(g -> g != null).toList())
                .containsExactlyInAnyOrder("reviewers-governance", "reviewers-finance");
        Task financeReview = reviews.stream().filter(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                .anyMatch(l -> "reviewers-finance".equals(l.getGroupId()))).findFirst().orElseThrow();
        assertThat(linkInEmailTo("reviewer-finance@council.example", financeReview.getId())).contains(financeReview.getId());
    }
}
