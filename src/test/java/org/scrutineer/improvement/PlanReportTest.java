package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.e2e.Browser;
import org.scrutineer.publishing.PdfUa;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The plan's report for the meeting, as of two days: imported on 5 January 2026 (A1 Amber, A2
 * Green, A3 not rated), A1 rated Red and A2 Blue (confirmed) before the board of 26 February; a
 * measure with its first quarter recorded; a recommendation reviewed. The report of 27 February shows
 * the change since the board of 29 January.
 */
@ScrutineerTest
class PlanReportTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired ImprovementFixtures fixtures;
    @Autowired Plans plans;
    @Autowired Measures measures;
    @Autowired Recommendations recommendations;
    @Autowired PlanActionRepository actions;
    @Autowired RuntimeService runtimeService;
    @Autowired ProcessSteps steps;
    @Autowired PlanReport report;

    private long planId;
    private String title;

    @BeforeEach
    void aPlanWithAMonthOfProgress() {
        clock.freezeAt(Instant.parse("2026-01-05T10:00:00Z"));
        title = ImprovementFixtures.uniqueTitle("Report plan");
        planId = fixtures.imported(title,
                "Our workforce,director,A1,,,Recruit permanent social workers,Supplement agreed,2026-02-13,head-of-service,amber",
                "Our workforce,director,A2,,,Audit supervision monthly,Audit tool live,2026-06-30,head-of-service,green",
                "Our practice,director,A3,,,Publish the practice model,,,head-of-service,");
        measures.add(planId, new MeasureRequest("Average caseload in assessment teams", "children", "lower", "24", "service-manager", null,
                List.of(new MeasureRequest.Target("2025-12-31", "22"), new MeasureRequest.Target("2026-03-31", "20"))));
        recommendations.add(planId, new RecommendationRequest("commissioner", "2025-12-01", "Reduce reliance on agency social workers.",
                "progressing", "2026-02-02", List.of("A1")));

        clock.freezeAt(Instant.parse("2026-02-10T10:00:00Z"));
        update("A1", Map.of("progress", "The panel is postponed.", "brag", "red", "reason", "The appointments panel could not meet."));
        update("A2", Map.of("progress", "Audits every month.", "brag", "blue", "evidence", "Twelve audits done."));
        ProcessInstance a2 = instance("A2");
        steps.complete("director", steps.task(a2, "confirmCompletion"), Map.of("decision", "confirm"));
        ProcessInstance measure = runtimeService.createProcessInstanceQuery().processDefinitionKey(Measures.PROCESS)
                .processInstanceBusinessKey(Measures.businessKey(plans.one(planId).measures().get(0).id())).singleResult();
        steps.runDueJobs(measure);
        steps.complete("service-manager", steps.task(measure, "recordMeasureActual"), Map.of("actual", 25));
        ProcessInstance review = runtimeService.createProcessInstanceQuery().processDefinitionKey(Recommendations.PROCESS)
                .processInstanceBusinessKey(Recommendations.businessKey(plans.one(planId).recommendations().get(0).id())).singleResult();
        steps.runDueJobs(review);
        steps.complete("clerk", steps.task(review, "reviewRecommendation"), Map.of("status", "progress-made", "nextReviewOn", "2026-08-03"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ProcessInstance instance(String ref) {
        long id = actions.findByPlanIdOrderByPositionAsc(planId).stream().filter(a -> a.getRef().equals(ref)).findFirst().orElseThrow().getId();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ActionProgress.PROCESS)
                .processInstanceBusinessKey(ActionProgress.businessKey(id)).singleResult();
    }

    private void update(String ref, Map<String, Object> variables) {
        ProcessInstance pi = instance(ref);
        steps.runDueJobs(pi);
        steps.complete("head-of-service", steps.task(pi, "updateActionProgress"), variables);
    }

    private String page(String asOf) throws Exception {
        MvcResult shown = mvc.perform(get("/plans/" + planId + "/report?asOf=" + asOf).with(user("member").authorities(() -> "committee-members")))
                .andReturn();
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        return shown.getResponse().getContentAsString();
    }

    @Test
    void theCountsAndTheirDirectionOfTravelAreAsOfTheDayAsked() throws Exception {
        PlanReport.View january = report.asOf(planId, LocalDate.parse("2026-01-30"));
        assertThat(january.brag()).extracting(r -> r.colour() + " " + r.now() + " " + r.change())
                .containsExactly("Blue 0 No change", "Green 1 No change", "Amber 1 No change", "Red 0 No change", "Grey 0 No change",
                        "Not yet rated 1 No change");

        PlanReport.View importDay = report.asOf(planId, LocalDate.parse("2026-01-05"));
        assertThat(importDay.before()).isEqualTo("Thursday 25 December 2025");
        assertThat(importDay.brag()).as("actions imported after the last board were not in the plan then")
                .extracting(r -> r.colour() + " " + r.now() + " " + r.before() + " " + r.change())
                .containsExactly("Blue 0 0 No change", "Green 1 0 Up 1", "Amber 1 0 Up 1", "Red 0 0 No change", "Grey 0 0 No change",
                        "Not yet rated 1 0 Up 1");

        PlanReport.View february = report.asOf(planId, LocalDate.parse("2026-02-27"));
        assertThat(february.before()).isEqualTo("Thursday 26 February 2026");
        PlanReport.View march = report.asOf(planId, LocalDate.parse("2026-03-02"));
        assertThat(march.before()).isEqualTo("Thursday 26 February 2026");
        PlanReport.View afterTheMonth = report.asOf(planId, LocalDate.parse("2026-02-26"));
        assertThat(afterTheMonth.before()).as("the board before the day asked").isEqualTo("Thursday 29 January 2026");
        assertThat(afterTheMonth.brag()).extracting(r -> r.colour() + " " + r.now() + " " + r.before() + " " + r.change())
                .containsExactly("Blue 1 0 Up 1", "Green 0 1 Down 1", "Amber 0 1 Down 1", "Red 1 0 Up 1", "Grey 0 0 No change",
                        "Not yet rated 1 1 No change");
        assertThat(afterTheMonth.attention()).as("Red first, then past its last milestone").extracting(PlanReport.Attention::ref).containsExactly("A1");
        assertThat(afterTheMonth.attention().get(0).why()).isEqualTo("The appointments panel could not meet.");
        assertThat(afterTheMonth.attention().get(0).rating()).isEqualTo("Red, past its last milestone (Friday 13 February 2026)");
    }

    @Test
    void theMeasuresAreRatedFromTheirActualsAndTheRecommendationsAsTheyStoodOnTheDay() throws Exception {
        PlanReport.View before = report.asOf(planId, LocalDate.parse("2026-02-01"));
        assertThat(before.measures().get(0).quarters()).extracting(q -> q.quarter() + " " + q.target() + " " + q.actual() + " " + q.rating())
                .containsExactly("Wednesday 31 December 2025 22  No figure yet", "Tuesday 31 March 2026 20  No figure yet");
        assertThat(before.recommendations().get(0).status()).as("before its review").isEqualTo("Progressing");

        PlanReport.View after = report.asOf(planId, LocalDate.parse("2026-02-26"));
        assertThat(after.measures().get(0).quarters()).extracting(q -> q.actual() + " " + q.rating())
                .containsExactly("25 Off target", " No figure yet");
        assertThat(after.recommendations().get(0)).satisfies(r -> {
            assertThat(r.status()).isEqualTo("Progress made");
            assertThat(r.nextReview()).isEqualTo("Monday 3 August 2026");
            assertThat(r.actions()).isEqualTo("A1");
        });

        String html = page("2026-02-26");
        assertThat(html).contains("Improvement plan report, Thursday 26 February 2026", "Up 1", "Down 1", "The appointments panel could not meet.",
                "Average caseload in assessment teams", "Off target", "Progress made", "<svg",
                "Average caseload in assessment teams: the actual by quarter", "31 December 2025 (target 22)",
                "scrutineer-chart-bar--bad", "Actual (children)");
    }

    @Test
    void thePublicPageShowsProgressAsOfTheLastBoardWithoutTheLeadsOrWhatTheyWrote() throws Exception {
        clock.freezeAt(Instant.parse("2026-03-02T10:00:00Z"));
        MvcResult shown = mvc.perform(get("/improvement-plans/" + planId)).andReturn();
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        String page = shown.getResponse().getContentAsString();
        assertThat(page).contains("Progress of " + title + " at the board of Thursday 26 February 2026",
                "Progress at the board of Thursday 26 February 2026", "A1 Recruit permanent social workers",
                "Red, past its last milestone", "Average caseload in assessment teams", "Progress made")
                .doesNotContain("The appointments panel could not meet.", "head-of-service", "Twelve audits done", "The panel is postponed");
        assertThat(mvc.perform(get("/improvement-plans/987654321")).andReturn().getResponse().getStatus()).isEqualTo(404);

        try (Browser browser = Browser.open(port)) {
            browser.go("/improvement-plans/" + planId);
            assertThat(browser.driver().getPageSource()).contains("Actions by rating");
            browser.screenshot("improvement-plan-public");
            assertThat(browser.accessibilityViolations()).as("the public plan").isEmpty();
        }
    }

    @Test
    void theReportIsATaggedPdfThatPassesPdfUaAndAPageThatPassesTheAxeAudit() throws Exception {
        MvcResult pdf = mvc.perform(get("/plans/" + planId + "/report.pdf?asOf=2026-02-26").with(user("member").authorities(() -> "committee-members")))
                .andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        assertThat(PdfUa.failedRules(bytes)).isEmpty();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Improvement plan report: " + title);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Direction of travel", "The appointments panel could not meet.", "Progress made");
        }
        assertThat(mvc.perform(get("/plans/" + planId + "/report")).andReturn().getResponse().getStatus()).as("staff only until published")
                .isIn(302, 401);
        assertThat(mvc.perform(get("/plans/987654321/report").with(user("member").authorities(() -> "committee-members"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/plans/" + planId + "/report?asOf=soon").with(user("member").authorities(() -> "committee-members")))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        try (Browser browser = Browser.open(port)) {
            browser.signIn("member");
            browser.go("/plans/" + planId + "/report?asOf=2026-02-26");
            assertThat(browser.driver().getPageSource()).contains("Actions by rating");
            browser.screenshot("improvement-plan-report");
            assertThat(browser.accessibilityViolations()).as("the plan report").isEmpty();
        }
    }
}
