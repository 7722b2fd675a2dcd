package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.e2e.Browser;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page, in each state a person meets it, audited by axe-core against WCAG 2.2 A and
 * AA. Any serious or critical violation fails; every finding is written to
 * {@code target/accessibility/public-pages.txt}.
 */
@ScrutineerTest
class PublicPagesAccessibilityTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired MeetingService meetings;
    @Autowired QuestionIntake intake;
    @Autowired QuestionLinks links;
    @Autowired AppClock clock;

    private Browser browser;
    private ScheduledMeeting meeting;
    private final Map<String, List<String>> serious = new LinkedHashMap<>();
    private final StringBuilder report = new StringBuilder();

    @BeforeEach
    void setUp() {
        init(engine);
        meeting = QuestionFixtures.meeting(meetings, clock);
        browser = Browser.open(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        clock.reset();
    }

    private void audit(String state) {
        browser.screenshot("a11y-" + state);
        serious.put(state, browser.seriousAccessibilityViolations());
        report.append(state).append(" (").append(browser.path()).append(")\n");
        browser.accessibilityViolations().forEach(v -> report.append("  ").append(v).append('\n'));
    }

    private ProcessInstance processOf(PublicQuestion q) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(q.getReference()).singleResult();
    }

    @Test
    void everyPublicPageAndStateHasNoSeriousOrCriticalViolations() throws IOException {
        PublicQuestion published = intake.submit(QuestionFixtures.submission(meeting.id(), "chair",
                "How many foster carers did the council recruit this year?"));
        ProcessInstance pi = processOf(published);
        complete(task(pi), withVariables("decision", "accept"));
        complete(task(pi), withVariables("answer", "Twenty-two, against a target of thirty."));
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));
        execute(job(pi));
        complete(task(pi), withVariables("supplementaryAsked", true, "supplementaryText", "What will close the gap?",
                "supplementaryAnswerMode", "written"));
        PublicQuestion pending = intake.submit(QuestionFixtures.submission(meeting.id(), "officer",
                "When will the short-breaks review report?"));

        browser.go("/");
        audit("home");
        browser.go("/meetings/" + meeting.id());
        audit("meeting");
        browser.go("/meetings/" + meeting.id() + "/ask");
        audit("ask-empty");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Send question']")));
        browser.waitFor(d -> d.findElements(By.cssSelector(".govuk-error-summary")).stream().findFirst().orElse(null));
        audit("ask-with-errors");
        browser.driver().findElement(By.id("name")).sendKeys("Jo Resident");
        browser.driver().findElement(By.id("email")).sendKeys("jo.a11y@example.org");
        browser.driver().findElement(By.id("town")).sendKeys("Exemplar Town");
        browser.click(browser.driver().findElement(By.cssSelector("label[for=livesOrWorksInArea]")));
        browser.click(browser.driver().findElement(By.cssSelector("label[for=addressedTo-first]")));
        browser.driver().findElement(By.id("text")).sendKeys("Is the youth bus running in the summer?");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Send question']")));
        browser.waitFor(d -> d.findElements(By.id("reference")).stream().findFirst().orElse(null));
        audit("ask-confirmation");
        browser.go("/meetings/" + meeting.id() + "/ask");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('text').value = 'a'.repeat(70000);");
        browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Send question']")));
        browser.waitFor(d -> d.getPageSource().contains("too large"));
        audit("ask-too-large");
        browser.go("/meetings/" + meeting.id() + "/questions");
        audit("published-questions");
        browser.go(links.withdrawUrl(pending.getReference()).substring("http://scrutineer.test".length()));
        audit("withdraw");
        browser.click(browser.driver().findElement(By.cssSelector("main form button")));
        browser.waitFor(d -> d.getPageSource().contains("Question withdrawn"));
        audit("withdrawn");
        browser.go("/meetings/999999");
        audit("not-found");
        browser.go("/login");
        audit("sign-in");
        browser.go("/about/demo");
        audit("demo-guide");

        Path dir = Files.createDirectories(Path.of("target", "accessibility"));
        Files.writeString(dir.resolve("public-pages.txt"), report);
        assertThat(serious).hasSize(12);
        assertThat(serious).allSatisfy((state, violations) -> assertThat(violations).as(state).isEmpty());
    }
}
