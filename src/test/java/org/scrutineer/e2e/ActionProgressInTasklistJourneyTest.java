package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.improvement.ImprovementFixtures;
import org.scrutineer.improvement.PlanJson;
import org.scrutineer.improvement.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An action's lead opens their progress update in the Tasklist, rates it Amber with the reason, and
 * the plan's page then shows the new rating and what they wrote, and the plan's report for the
 * meeting counts it.
 */
@ScrutineerTest
class ActionProgressInTasklistJourneyTest {

    @LocalServerPort int port;
    @Autowired ImprovementFixtures fixtures;
    @Autowired Plans plans;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    private Browser browser;

    @BeforeEach
    void setUp() {
        clock.freezeAt(Instant.parse("2026-01-05T10:00:00Z"));
        browser = Browser.open(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        clock.reset();
    }

    @Test
    void theLeadRatesTheActionInTheTasklistAndThePlanShowsTheNewRating() {
        String title = "Journey improvement plan " + System.nanoTime();
        long planId = fixtures.imported(title,
                "Our workforce,director,J1,W1 Our workforce,,Recruit permanent social workers,Market supplement agreed,2026-03-31,head-of-service,green");
        PlanJson.Action action = plans.one(planId).themes().get(0).actions().get(0);
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("action-progress")
                .processInstanceBusinessKey("plan-action-" + action.id()).singleResult().getId();
        clock.freezeAt(Instant.parse("2026-01-08T09:00:00Z"));
        for (Job job : managementService.createJobQuery().processInstanceId(instance).executable().list()) {
            managementService.executeJob(job.getId());
        }
        String taskId = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("updateActionProgress").singleResult().getId();

        browser.signIn("head-of-service");
        browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.waitFor(d -> d.getPageSource().contains("Progress since the last update"));
        browser.screenshot("action-progress-01-task");
        assertThat(browser.driver().getPageSource()).contains("Update the action's progress: J1 Recruit permanent social workers");
        assertThat(browser.driver().findElement(By.xpath("//label[normalize-space(.)='Milestones']/following::textarea[1]")).getAttribute("value"))
                .isEqualTo("1. Market supplement agreed, by Tuesday 31 March 2026");

        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), 'Progress since the last update')]/following::textarea[1]"))
                .sendKeys("Eleven offers made; the panel moved to April.");
        browser.clickWhenReady(By.xpath("//label[normalize-space(.)='Amber: behind']/input"));
        browser.waitFor(d -> !d.findElements(By.xpath("//label[starts-with(normalize-space(.), 'Why it is behind')]")).isEmpty());
        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), 'Why it is behind')]/following::textarea[1]"))
                .sendKeys("The appointments panel could not meet until April; offers are made and start dates agreed.");
        browser.screenshot("action-progress-02-filled");
        browser.clickWhenReady(By.xpath("//button[normalize-space(.)='Complete']"));
        browser.waitFor(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);

        browser.go("/staff/plans/" + planId);
        browser.waitFor(d -> d.getPageSource().contains("Eleven offers made"));
        browser.screenshot("action-progress-03-plan");
        String row = browser.driver().findElement(By.id("action-" + action.id())).getText();
        assertThat(row).contains("Amber", "Eleven offers made; the panel moved to April.", "The appointments panel could not meet until April")
                .doesNotContain("Green");
        assertThat(browser.accessibilityViolations()).as("the plan after an update").isEmpty();

        browser.click(browser.driver().findElement(By.id("report")));
        browser.waitFor(d -> d.getPageSource().contains("Actions by rating"));
        browser.screenshot("action-progress-04-report");
        assertThat(browser.driver().findElement(By.xpath("//tr[th[normalize-space(.)='Amber, behind']]")).getText())
                .as("the report of the day shows the new rating against the last board").isEqualTo("Amber, behind 1 0 Up 1");
        assertThat(browser.driver().findElement(By.xpath("//tr[th[normalize-space(.)='Green, on track']]")).getText()).isEqualTo("Green, on track 0 0 No change");
    }
}
