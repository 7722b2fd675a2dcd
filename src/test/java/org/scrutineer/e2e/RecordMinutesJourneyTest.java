package org.scrutineer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.minutes.MinutesSteps;
import org.scrutineer.recommendation.Recommendation;
import org.scrutineer.recommendation.RecommendationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After a meeting the clerk records the minutes on their page (attendance, a declaration, and a
 * resolution with two recommendations and an action) and completes the task in the Tasklist; the
 * chair approves the draft in the Tasklist; residents find the recommendations in the public
 * tracker with their minute, and the draft minutes published.
 */
@ScrutineerTest
class RecordMinutesJourneyTest {

    @LocalServerPort int port;
    @Autowired MinutesSteps steps;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RecommendationRepository recommendations;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void completeInTheTasklist(Browser browser, ProcessInstance lifecycle, String taskKey, String choice) {
        String taskId = taskService.createTaskQuery().processInstanceId(lifecycle.getId()).taskDefinitionKey(taskKey).singleResult().getId();
        browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
        WebElement claim = browser.waitFor(d -> d.findElements(By.xpath("//*[normalize-space(text())='Claim']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        claim.click();
        browser.waitFor(d -> !d.findElements(By.cssSelector("[ng-click*='unclaim']")).isEmpty()
                || !d.findElements(By.xpath("//*[normalize-space(text())='Unclaim' or @title='Unclaim']")).isEmpty());
        if (choice != null) {
            browser.click(browser.waitFor(d -> d.findElements(By.xpath("//label[normalize-space(.)='" + choice + "']")).stream().findFirst().orElse(null)));
        }
        browser.screenshot("minutes-" + taskKey);
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Complete']")));
        browser.waitFor(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    }

    @Test
    void theClerkRecordsTheChairApprovesAndThePublicSeesTheRecommendationsAndTheDraft() {
        ScheduledMeeting meeting = steps.heldOnTheTwentyThirdOfMarch(false);
        ProcessInstance lifecycle = steps.lifecycleOf(meeting);
        int item = steps.itemNumbered(meeting, "Work programme");
        String minutesPage = "/staff/meetings/" + meeting.id() + "/minutes";

        try (Browser clerk = Browser.open(port)) {
            clerk.signIn("clerk");
            clerk.go(minutesPage);
            clerk.waitFor(d -> d.getPageSource().contains("Save the attendance"));
            List<WebElement> members = clerk.driver().findElements(By.cssSelector("#attendance + form fieldset"));
            for (int i = 0; i < members.size(); i++) {
                boolean away = members.get(i).findElement(By.tagName("legend")).getText().equals(MinutesSteps.THOMAS);
                clerk.click(clerk.driver().findElement(By.id("member-" + i + (away ? "-apologies" : "-present"))));
            }
            clerk.type("substitutes", "Cllr Peter Lowe for " + MinutesSteps.THOMAS);
            clerk.type("officers", "Director of Children's Services");
            clerk.click(clerk.driver().findElement(By.xpath("//button[normalize-space(.)='Save the attendance']")));
            clerk.waitFor(d -> d.getPageSource().contains("The attendance is saved"));

            clerk.type("declaration-member", MinutesSteps.MARGARET);
            new org.openqa.selenium.support.ui.Select(clerk.driver().findElement(By.id("declaration-agendaItem"))).selectByValue(String.valueOf(item));
            clerk.click(clerk.driver().findElement(By.id("declaration-kind-other-registrable")));
            clerk.type("declaration-description", "A governor of a school the programme names");
            clerk.click(clerk.driver().findElement(By.xpath("//button[normalize-space(.)='Add the declaration']")));
            clerk.waitFor(d -> d.getPageSource().contains("The declaration is added"));

            clerk.click(clerk.driver().findElement(By.xpath("//span[normalize-space(.)='Add a resolution to item " + item + "']")));
            clerk.type("resolution-text-" + item, "That the work programme be agreed with the recommendations below.");
            clerk.type("rec-1-number-" + item, "1");
            clerk.type("rec-1-text-" + item, "That the Cabinet reviews foster carer allowances.");
            clerk.type("rec-2-number-" + item, "2");
            clerk.type("rec-2-text-" + item, "That the Cabinet publishes sufficiency data quarterly.");
            clerk.type("action-1-text-" + item, "Circulate the revised work programme");
            clerk.type("action-1-owner-" + item, "Democratic services");
            clerk.click(clerk.driver().findElement(By.xpath("//form[contains(@action, '/items/" + item + "/resolutions')]//button")));
            clerk.waitFor(d -> d.getPageSource().contains("The resolution is added to item " + item));
            clerk.screenshot("minutes-recorded");
            assertThat(clerk.driver().getPageSource()).contains("Recommendation 2 to the Executive (Cabinet): That the Cabinet publishes sufficiency data quarterly.",
                    "ACTION: Circulate the revised work programme");
            assertThat(clerk.seriousAccessibilityViolations()).as("the minutes page").isEmpty();

            completeInTheTasklist(clerk, lifecycle, "recordMinutes", null);
        }
        assertThat(runtimeService.getActiveActivityIds(lifecycle.getId())).containsExactly("approveDraftMinutes");

        try (Browser chair = Browser.open(port)) {
            chair.signIn("chair");
            chair.go("/staff/minutes/" + meeting.id());
            chair.waitFor(d -> d.getPageSource().contains("That the Cabinet reviews foster carer allowances."));
            completeInTheTasklist(chair, lifecycle, "approveDraftMinutes", "Approve the draft minutes for publication");
        }
        assertThat(runtimeService.getActiveActivityIds(lifecycle.getId())).containsExactly("awaitConfirmation");

        List<Recommendation> tracked = recommendations.findByMeetingId(meeting.id());
        assertThat(tracked).hasSize(2);
        int minute = tracked.get(0).getMinute();
        try (Browser resident = Browser.open(port)) {
            resident.go("/recommendations");
            String tracker = resident.driver().getPageSource();
            assertThat(tracker).contains("Minute " + minute + ": Recommendation 1", "Minute " + minute + ": Recommendation 2",
                    "That the Cabinet reviews foster carer allowances.");
            resident.go("/meetings/" + meeting.id() + "/minutes");
            resident.waitFor(d -> d.getPageSource().contains("Draft: to be confirmed at the next meeting"));
            resident.screenshot("minutes-published");
            assertThat(resident.driver().getPageSource()).doesNotContain("Absent").contains("Minute " + minute + ": Work programme", "Cllr Peter Lowe for " + MinutesSteps.THOMAS,
                    "Other registrable interest: A governor of a school the programme names", "ACTION: Circulate the revised work programme");
            assertThat(resident.accessibilityViolations()).as("the published minutes").isEmpty();
        }
    }
}
