package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A clerk adds a measure that matters and a recommendation from the plan's page; a refusal keeps what was typed and marks only that form. */
@ScrutineerTest
class StaffPlanAdditionsTest {

    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired ImprovementFixtures fixtures;
    @Autowired Plans plans;
    @Autowired RuntimeService runtimeService;

    private long planId;
    private long actionId;

    @BeforeEach
    void aPlan() {
        clock.freezeAt(Instant.parse("2026-05-04T10:00:00Z"));
        planId = fixtures.imported(ImprovementFixtures.uniqueTitle("Additions plan"),
                "Our workforce,director,W1.1,,,Recruit permanent social workers,,,head-of-service,amber");
        actionId = plans.one(planId).themes().get(0).actions().get(0).id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    private MockHttpServletRequestBuilder measure(String name) {
        return post("/staff/plans/" + planId + "/measures").with(clerk()).with(csrf()).param("measure-name", name)
                .param("measure-unit", "children per worker").param("measure-direction", "lower").param("measure-baseline", "24")
                .param("measure-owner", "head-of-service").param("measure-source", "Case management system");
    }

    @Test
    void theClerkAddsAMeasureWithItsQuarterlyTargets() throws Exception {
        String form = mvc.perform(get("/staff/plans/" + planId).with(clerk())).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Add a measure that matters", "<option value=\"2026-06-30\">Tuesday 30 June 2026</option>");

        MvcResult added = mvc.perform(measure("Average caseload in assessment teams")
                .param("measure-quarter-1", "2026-06-30").param("measure-target-1", "22")
                .param("measure-quarter-2", "2026-09-30").param("measure-target-2", "20")).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/staff/plans/" + planId + "#measures");
        PlanJson.MeasureJson measure = plans.one(planId).measures().get(0);
        assertThat(measure.name()).isEqualTo("Average caseload in assessment teams");
        assertThat(measure.direction()).isEqualTo("lower");
        assertThat(measure.quarters()).extracting(PlanJson.QuarterJson::quarterEnd)
                .containsExactly(LocalDate.parse("2026-06-30"), LocalDate.parse("2026-09-30"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("improvement-measure")
                .processInstanceBusinessKey(Measures.businessKey(measure.id())).count()).as("the owner is asked each quarter").isEqualTo(1);
    }

    @Test
    void aMeasureRefusedKeepsWhatWasTypedAndMarksOnlyItsOwnForm() throws Exception {
        String noTargets = mvc.perform(measure("Re-referrals within 12 months")).andReturn().getResponse().getContentAsString();
        assertThat(noTargets).contains("There is a problem", "Give a target for the end of at least one quarter", "href=\"#measure-targets\"",
                "value=\"Re-referrals within 12 months\"", "<title>Error: ");
        assertThat(noTargets).as("the measure form is open again").containsPattern("<details class=\"govuk-details\" id=\"add-measure\"[^>]*open");
        assertThat(noTargets).as("the details form stays closed").doesNotContainPattern("<details class=\"govuk-details\"[^>]*open[^>]*>\\s*<summary[^>]*>"
                + "<span[^>]*>Change the plan");

        String noQuarter = mvc.perform(measure("Re-referrals within 12 months").param("measure-target-1", "18")).andReturn().getResponse().getContentAsString();
        assertThat(noQuarter).contains("Choose the quarter of each target you give");
        String noTarget = mvc.perform(measure("Re-referrals within 12 months").param("measure-quarter-1", "2026-06-30")).andReturn().getResponse().getContentAsString();
        assertThat(noTarget).contains("Give the target for each quarter you choose");
        assertThat(plans.one(planId).measures()).isEmpty();

        assertThat(mvc.perform(post("/staff/plans/" + planId + "/measures").with(user("member").authorities(() -> "committee-members")).with(csrf())
                .param("measure-name", "Mine")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theClerkAddsARecommendationAnsweredByAnAction() throws Exception {
        MvcResult added = mvc.perform(post("/staff/plans/" + planId + "/recommendations").with(clerk()).with(csrf())
                .param("recommendation-source", "commissioner").param("recommendation-madeOnDay", "14").param("recommendation-madeOnMonth", "4")
                .param("recommendation-madeOnYear", "2026").param("recommendation-text", "Reduce caseloads so that social workers can know their children")
                .param("recommendation-status", "progressing").param("recommendation-reviewOnDay", "14").param("recommendation-reviewOnMonth", "10")
                .param("recommendation-reviewOnYear", "2026").param("recommendation-action-" + actionId, "true")).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/staff/plans/" + planId + "#recommendations");
        PlanJson.RecommendationJson recommendation = plans.one(planId).recommendations().get(0);
        assertThat(recommendation.source()).isEqualTo("commissioner");
        assertThat(recommendation.madeOn()).isEqualTo(LocalDate.parse("2026-04-14"));
        assertThat(recommendation.reviewOn()).isEqualTo(LocalDate.parse("2026-10-14"));
        assertThat(recommendation.actions()).containsExactly("W1.1");
    }

    @Test
    void aRecommendationRefusedSaysWhyAgainstItsFields() throws Exception {
        String refused = mvc.perform(post("/staff/plans/" + planId + "/recommendations").with(clerk()).with(csrf())
                .param("recommendation-madeOnDay", "14").param("recommendation-madeOnMonth", "4").param("recommendation-madeOnYear", "2026")
                .param("recommendation-text", "Strengthen management oversight").param("recommendation-status", "progressing")
                .param("recommendation-action-" + actionId, "true")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Say who made it", "href=\"#recommendation-source\"", "Give the date of its next review",
                "href=\"#recommendation-reviewOn\"", "Strengthen management oversight");
        assertThat(refused).as("the action chosen stays chosen").containsPattern("id=\"recommendation-action-" + actionId + "\"[^>]*checked");

        String wrongDay = mvc.perform(post("/staff/plans/" + planId + "/recommendations").with(clerk()).with(csrf())
                .param("recommendation-source", "ofsted").param("recommendation-madeOnDay", "31").param("recommendation-madeOnMonth", "4")
                .param("recommendation-madeOnYear", "2026").param("recommendation-text", "Strengthen management oversight")).andReturn().getResponse().getContentAsString();
        assertThat(wrongDay).contains("Enter a real date as day, month and year", "href=\"#recommendation-madeOn\"");
        assertThat(plans.one(planId).recommendations()).isEmpty();
    }
}
