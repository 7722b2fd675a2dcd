package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A clerk keeps a plan from its page: its details and owner, and an action's lead, whose open update follows the new lead. */
@ScrutineerTest
class StaffPlanEditingTest {

    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired ImprovementFixtures fixtures;
    @Autowired Plans plans;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ProcessSteps steps;

    private long planId;
    private PlanJson.Action action;

    @BeforeEach
    void aPlan() {
        clock.freezeAt(Instant.parse("2026-01-05T10:00:00Z"));
        planId = fixtures.imported(ImprovementFixtures.uniqueTitle("Editing plan"),
                "Our workforce,director,E1,,,Recruit permanent social workers,,,head-of-service,green");
        action = plans.one(planId).themes().get(0).actions().get(0);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    @Test
    void theClerkGivesThePlanItsDetailsAndOwner() throws Exception {
        MvcResult saved = mvc.perform(post("/staff/plans/" + planId + "/details").with(clerk()).with(csrf())
                .param("title", "Children's services improvement plan 2026 to 2028").param("directorate", "Children's services")
                .param("period", "April 2026 to March 2028").param("owner", "directors")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/staff/plans/" + planId);
        PlanJson plan = plans.one(planId);
        assertThat(List.of(plan.title(), plan.directorate(), plan.period(), plan.owner()))
                .containsExactly("Children's services improvement plan 2026 to 2028", "Children's services", "April 2026 to March 2028", "directors");

        MvcResult refused = mvc.perform(post("/staff/plans/" + planId + "/details").with(clerk()).with(csrf())
                .param("title", " ").param("directorate", "Children's services").param("period", "").param("owner", "nobody-here")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("There is a problem", "Give the plan&#39;s title",
                "&#39;nobody-here&#39; is not a user or group in the staff directory", "<title>Error: ");
        assertThat(plans.one(planId).title()).as("nothing saved").isEqualTo("Children's services improvement plan 2026 to 2028");

        assertThat(mvc.perform(post("/staff/plans/" + planId + "/details").with(user("member").authorities(() -> "committee-members")).with(csrf())
                .param("title", "Mine")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aNewLeadTakesOverTheOpenUpdate() throws Exception {
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(ActionProgress.PROCESS)
                .processInstanceBusinessKey(ActionProgress.businessKey(action.id())).singleResult();
        clock.freezeAt(Instant.parse("2026-01-08T09:00:00Z"));
        steps.runDueJobs(pi);
        Task task = steps.task(pi, "updateActionProgress");
        assertThat(task.getAssignee()).isEqualTo("head-of-service");

        MvcResult saved = mvc.perform(post("/staff/plans/" + planId + "/actions/" + action.id() + "/lead").with(clerk()).with(csrf())
                .param("lead", "service-managers")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/staff/plans/" + planId + "#action-" + action.id());

        Task handedOver = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(handedOver.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId).contains("service-managers");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroup("service-managers").count()).isOne();
        assertThat(plans.one(planId).themes().get(0).actions().get(0).lead()).isEqualTo("service-managers");

        MvcResult refused = mvc.perform(post("/staff/plans/" + planId + "/actions/" + action.id() + "/lead").with(clerk()).with(csrf())
                .param("lead", "nobody-here")).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("&#39;nobody-here&#39; is not a user or group in the staff directory");
        assertThat(mvc.perform(post("/staff/plans/" + planId + "/actions/987654321/lead").with(clerk()).with(csrf()).param("lead", "clerk"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/staff/plans/" + planId).with(user("member").authorities(() -> "committee-members"))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("Save the accountable lead");
    }
}
