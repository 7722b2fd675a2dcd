package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.EngineRuleRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The commissioner's recommendation that the workforce strategy reduces agency staff, made on
 * 1 December 2025 and "to be reviewed in 6 months' time" (1 June 2026), answered by action W1.1.
 */
@ScrutineerTest
class InspectionRecommendationProcessTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired ProcessSteps steps;
    @Autowired AppClock clock;
    @Autowired ImprovementFixtures fixtures;
    @Autowired Plans plans;
    @Autowired RuntimeService runtimeService;
    @Autowired MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();
    private long planId;
    private ProcessInstance pi;

    @BeforeEach
    void theCommissionerRecommends() throws Exception {
        init(engine);
        clock.freezeAt(Instant.parse("2025-12-08T10:00:00Z"));
        planId = fixtures.imported(ImprovementFixtures.uniqueTitle("Recommendations plan"),
                "Our workforce,director,W1.1,,,Reduce agency staff,,,head-of-service,amber");
        HttpResponse<String> added = post("director", "/api/plans/" + planId + "/recommendations", """
                {"source":"commissioner","madeOn":"2025-12-01","text":"The workforce strategy reduces reliance on agency social workers.",
                 "status":"progressing","reviewOn":"2026-06-01","actions":["W1.1"]}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = json.readTree(added.body()).path("id").asLong();
        pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(Recommendations.PROCESS)
                .processInstanceBusinessKey(Recommendations.businessKey(id)).singleResult();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private HttpResponse<String> post(String user, String path, String body) {
        return ApiClient.as(port, user, "demo").post(path, body);
    }

    private String staffPage() {
        try {
            return mvc.perform(get("/staff/plans/" + planId).with(user("member").authorities(() -> "committee-members")))
                    .andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private PlanJson.RecommendationJson recommendation() {
        return plans.one(planId).recommendations().get(0);
    }

    private Task reviewDate() {
        clock.freezeAt(Instant.parse("2026-06-01T08:00:00Z"));
        steps.runDueJobs(pi);
        assertThat(pi).isWaitingAt("reviewRecommendation");
        return steps.task(pi, "reviewRecommendation");
    }

    @Test
    void theRecommendationIsReviewedOnItsDateAndAgainAtTheNextUntilAchieved() {
        assertThat(pi).isWaitingAt("reviewDateReached");
        assertThat(recommendation().actions()).containsExactly("W1.1");
        assertThat(recommendation().status()).isEqualTo("progressing");
        assertThat(staffPage()).contains("The commissioner, Monday 1 December 2025",
                "The workforce strategy reduces reliance on agency social workers.", "Progressing", "Monday 1 June 2026");
        clock.freezeAt(Instant.parse("2026-06-01T07:59:00Z"));
        steps.runDueJobs(pi);
        assertThat(pi).as("not before 9am on the review date").isWaitingAt("reviewDateReached");

        Task first = reviewDate();
        assertThat(first.getAssignee()).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(first.getId())).extracting(l -> l.getGroupId())
                .as("the plan names no owner").contains("democratic-services");
        assertThat(first.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-06-08T16:00:00Z")));
        steps.complete("clerk", first, Map.of("status", "progress-made", "note", "Agency staff down from 31% to 18%.", "nextReviewOn", "2026-12-01"));

        assertThat(pi).isWaitingAt("reviewDateReached");
        assertThat(recommendation().status()).isEqualTo("progress-made");
        assertThat(recommendation().reviewOn()).isEqualTo(LocalDate.of(2026, 12, 1));

        clock.freezeAt(Instant.parse("2026-12-01T09:00:00Z"));
        steps.runDueJobs(pi);
        steps.complete("clerk", steps.task(pi, "reviewRecommendation"), Map.of("status", "achieved", "note", "Agency staff at 9%."));

        assertThat(pi).hasPassed("noMoreReviews").isEnded();
        PlanJson.RecommendationJson achieved = recommendation();
        assertThat(achieved.status()).isEqualTo("achieved");
        assertThat(achieved.reviewOn()).isNull();
        assertThat(achieved.reviews()).extracting(r -> r.status() + " " + r.reviewedOn() + " " + r.reviewedBy())
                .containsExactly("progress-made 2026-06-01 clerk", "achieved 2026-12-01 clerk");
    }

    @Test
    void aReviewWithoutItsNextDateIsRefusedInWords() {
        Task review = reviewDate();
        assertThatThrownBy(() -> steps.complete("clerk", review, Map.of("status", "progressing")))
                .hasRootCauseInstanceOf(EngineRuleRefusal.class).hasMessageContaining("Give the date of the next review");
        assertThatThrownBy(() -> steps.complete("clerk", review, Map.of("status", "progressing", "nextReviewOn", "2026-05-01")))
                .hasMessageContaining("The next review must be after today");
        assertThat(pi).isWaitingAt("reviewRecommendation");
    }

    @Test
    void aRecommendationThatCannotBeTrackedIsRefusedWithEveryReason() throws Exception {
        HttpResponse<String> refused = post("clerk", "/api/plans/" + planId + "/recommendations", """
                {"source":"the press","madeOn":"soon","text":" ","status":"done","actions":["Z9"]}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Say who made it: commissioner, ofsted or peer-review", "Give the date as YYYY-MM-DD",
                "Give the recommendation's text", "The status is achieved, progress-made, progressing or not-started", "The plan has no action Z9");
        assertThat(post("member", "/api/plans/" + planId + "/recommendations", "{}").statusCode()).isEqualTo(403);
    }
}
