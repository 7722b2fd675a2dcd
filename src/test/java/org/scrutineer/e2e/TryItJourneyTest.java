package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrutineer.ScrutineerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's "Try it", step by step, on the embedded default with its demo year, as a newcomer
 * clicks through it: the clerk approves a report's reviewers in the Tasklist, the cabinet member
 * records an executive response, and the administrator runs the reminder sweep and reads a digest.
 * Each step leaves a screenshot in target/screenshots (try-it-*.png).
 */
@Tag("own-application")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TryItJourneyTest {

    /** A Wednesday morning, so that the sweep runs on a working day. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2027-03-10T10:00:00Z");

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private Browser browser;

    @BeforeAll
    static void aNewcomerRunsTheEmbeddedDefault() {
        app = new SpringApplicationBuilder(ScrutineerApplication.class).run(
                "--scrutineer.data-dir=" + dataDir, "--server.port=0", "--scrutineer.mail.embedded-port=0",
                "--scrutineer.clock.start=" + WEDNESDAY_MORNING);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void signInAs(String user) {
        browser = Browser.open(((WebServerApplicationContext) app).getWebServer().getPort());
        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.click(browser.driver().findElement(By.cssSelector("button[type=submit].govuk-button")));
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void openTheTasklistFilter(String filter) {
        browser.go("/camunda/app/tasklist/default/");
        browser.clickWhenReady(By.xpath("//*[contains(@class,'filter')]//*[normalize-space(text())=\"" + filter + "\"]"));
    }

    private WebElement listedTaskBeginning(String start) {
        return browser.waitFor(d -> d.findElements(By.xpath("//*[contains(@class,'task')]//*[starts-with(normalize-space(text()), \""
                + start + "\")]")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private void claimIfOffered() {
        List<WebElement> claim = browser.driver().findElements(By.xpath("//*[normalize-space(text())='Claim']"));
        claim.stream().filter(WebElement::isDisplayed).findFirst().ifPresent(browser::click);
    }

    private static TaskService tasks() {
        return app.getBean(TaskService.class);
    }

    @Test
    @Order(1)
    void theGovernanceOfficerApprovesAReportsReviewers() {
        Task approval = tasks().createTaskQuery().taskDefinitionKey("approveReviewers").singleResult();
        String report = approval.getProcessInstanceId();

        signInAs("clerk");
        openTheTasklistFilter("My groups' tasks");
        WebElement listed = listedTaskBeginning("Approve the reviewers");
        browser.screenshot("try-it-1-clerk-tasklist");
        assertThat(listed.getText()).startsWith("Approve the reviewers: ");
        browser.click(listed);
        browser.waitFor(d -> d.findElements(By.xpath("//*[normalize-space(text())='Claim']")).stream().anyMatch(WebElement::isDisplayed)
                ? true : null);
        claimIfOffered();
        WebElement complete = browser.waitFor(d -> d.findElements(By.xpath("//button[normalize-space(.)='Complete']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(browser.driver().findElements(By.cssSelector("input[type=checkbox]:checked"))).as("the proposed reviewers are ticked")
                .isNotEmpty();
        browser.screenshot("try-it-2-clerk-reviewers");
        browser.click(complete);
        browser.waitFor(d -> tasks().createTaskQuery().taskId(approval.getId()).count() == 0 ? true : null);

        List<Task> reviews = tasks().createTaskQuery().processInstanceId(report).taskDefinitionKey("reviewReport").list();
        assertThat(reviews).as("each chosen reviewer has a review task").isNotEmpty();
        browser.go("/staff/outbox");
        browser.waitFor(d -> d.getPageSource().contains("Review the report") ? true : null);
        browser.screenshot("try-it-3-clerk-outbox");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    @Order(2)
    void theCabinetMemberRecordsAnExecutiveResponse() {
        Task response = tasks().createTaskQuery().taskDefinitionKey("recordExecutiveResponse").taskAssignee("cabinet-member").singleResult();

        signInAs("cabinet-member");
        openTheTasklistFilter("My tasks");
        WebElement listed = listedTaskBeginning("Record the response");
        browser.screenshot("try-it-4-cabinet-member-tasklist");
        browser.click(listed);
        claimIfOffered();
        browser.clickWhenReady(By.xpath("//label[normalize-space(.)='Accepted']"));
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='Action plan']/following::textarea[1]"))
                .sendKeys("Publish the placement sufficiency plan | Head of Children's Commissioning | 2027-09-30 | Plan published");
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='Lead officer']/following::input[1]"))
                .sendKeys("Head of Children's Commissioning");
        browser.screenshot("try-it-5-cabinet-member-response");
        browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Complete']"));
        browser.waitFor(d -> tasks().createTaskQuery().taskId(response.getId()).count() == 0 ? true : null);

        assertThat(tasks().createTaskQuery().processInstanceId(response.getProcessInstanceId()).taskDefinitionKey("agreeOutcome").count())
                .as("the scrutiny officer is asked to agree the outcome").isOne();
        browser.go("/recommendations");
        browser.waitFor(d -> d.getPageSource().contains("Publish the placement sufficiency plan") || d.getPageSource().contains("Accepted")
                ? true : null);
        browser.screenshot("try-it-6-public-tracker");
    }

    @Test
    @Order(3)
    void theAdministratorRunsTheReminderSweepAndReadsADigest() {
        signInAs("demo");
        browser.go("/staff/outbox");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Run the reminder sweep now']")));
        WebElement done = browser.waitFor(d -> d.findElements(By.cssSelector(".govuk-notification-banner__heading")).stream()
                .findFirst().orElse(null));
        assertThat(done.getText()).startsWith("The sweep queued");
        WebElement digest = browser.waitFor(d -> d.findElements(By.xpath("//summary[contains(., 'overdue task')]")).stream()
                .findFirst().orElse(null));
        browser.click(digest);
        browser.screenshot("try-it-7-reminder-digest");
        assertThat(browser.driver().getPageSource()).contains("overdue");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
