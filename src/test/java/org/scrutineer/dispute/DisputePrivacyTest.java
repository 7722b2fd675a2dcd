package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Disputes concern looked-after children: only the IRO service and children's social care managers see them, anywhere. */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisputePrivacyTest {

    /** One demo user for each group outside the IRO service and children's social care management. */
    static List<String> outsiders() {
        return List.of("clerk", "scrutiny-officer", "author", "reviewer-governance", "reviewer-finance", "reviewer-legal",
                "reviewer-communications", "reviewer-equality", "reviewer-procurement", "reviewer-risk", "director",
                "cabinet-member", "chair", "member");
    }

    static List<String> insiders() {
        return List.of("iro", "team-manager", "service-manager", "head-of-service", "service-director");
    }

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired AppClock clock;
    @Autowired DisputeIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AuthorizationService authorizationService;
    @Autowired List<ApplicationRunner> runners;

    private Dispute dispute;
    private String processInstanceId;
    private String taskId;
    private String definitionId;

    @BeforeAll
    void aDisputeWaitingForTheTeamManager() {
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
        dispute = intake.raise(DisputeFixtures.submission(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "no-allocated-worker",
                "stage", "informal", "notifiedOn", "2027-03-01", "description", "No allocated worker since January.")), "iro");
        processInstanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId()))
                .processDefinitionKey("dispute-resolution").singleResult().getId();
        taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
        definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getProcessDefinitionId();
    }

    @AfterAll
    void realTime() {
        clock.reset();
    }

    private HttpResponse<String> as(String user, String path) {
        return ApiClient.as(port, user, "demo").get(path);
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void theApiAnswersEveryOtherGroupAsIfThereWereNoDisputes(String user) {
        ApiClient client = ApiClient.as(port, user, "demo");
        assertThat(client.get("/api/disputes").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/disputes/" + dispute.getId()).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/disputes/report?weekEnding=2027-02-28").statusCode()).isEqualTo(404);
        assertThat(client.post("/api/disputes", DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2027-03-01", null))
                .statusCode()).isEqualTo(404);
        assertThat(client.post("/api/disputes/" + dispute.getId() + "/cafcass-referral", "{}").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("insiders")
    void theFiveGroupsSeeDisputesButOnlyTheIroRaisesThem(String user) {
        ApiClient client = ApiClient.as(port, user, "demo");
        HttpResponse<String> one = client.get("/api/disputes/" + dispute.getId());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains(dispute.getCaseReference());
        assertThat(client.get("/api/disputes/report?weekEnding=2027-02-28").statusCode()).isEqualTo(200);
        int raise = client.post("/api/disputes", DisputeFixtures.json(DisputeFixtures.caseReference(), "other", "informal", "2027-03-01", null))
                .statusCode();
        assertThat(raise).isEqualTo("iro".equals(user) ? 201 : 403);
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", user).param("password", "demo"))
                .andReturn().getRequest().getSession(false);
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void theStaffPagesAnswerEveryOtherGroupAsIfThereWereNoDisputes(String user) throws Exception {
        MockHttpSession session = signIn(user);
        assertThat(mvc.perform(get("/staff/disputes").session(session)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/staff/disputes/report").session(session)).andReturn().getResponse().getStatus()).isEqualTo(404);
        String home = mvc.perform(get("/staff").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Your tasks").doesNotContain("IRO disputes");
    }

    @ParameterizedTest
    @MethodSource("insiders")
    void theStaffPagesOpenToTheFiveGroups(String user) throws Exception {
        MockHttpSession session = signIn(user);
        var tracker = mvc.perform(get("/staff/disputes").session(session)).andReturn().getResponse();
        assertThat(tracker.getStatus()).isEqualTo(200);
        assertThat(tracker.getContentAsString()).contains(dispute.getCaseReference());
        assertThat(mvc.perform(get("/staff/disputes/report").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/staff").session(session)).andReturn().getResponse().getContentAsString()).contains("IRO disputes");
    }

    @ParameterizedTest
    @MethodSource("outsiders")
    void theEngineRestHidesTheDisputeProcessItsInstancesTasksAndHistory(String user) {
        // Lists are filtered by the engine to what the caller may read; single resources answer as if they did not exist.
        assertThat(as(user, "/engine-rest/history/process-instance/" + processInstanceId).statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/task/" + taskId + "/form-variables").statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/process-definition?key=dispute-resolution").body()).isEqualTo("[]");
        assertThat(as(user, "/engine-rest/process-definition/key/dispute-resolution").statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/process-definition/key/dispute-resolution/xml").statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/process-definition/" + definitionId).statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/process-definition/" + definitionId + "/xml").statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/process-instance?processDefinitionKey=dispute-resolution").body()).isEqualTo("[]");
        assertThat(as(user, "/engine-rest/process-instance/" + processInstanceId).statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/process-instance/" + processInstanceId + "/variables").statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/task?processDefinitionKey=dispute-resolution").body()).isEqualTo("[]");
        // Business keys are each lifecycle's own numbers, so a report may share this one: only the dispute's task must not show.
        assertThat(as(user, "/engine-rest/task?processInstanceBusinessKey=" + dispute.getId()).body())
                .doesNotContain(taskId).doesNotContain(processInstanceId).doesNotContain(dispute.getCaseReference());
        assertThat(as(user, "/engine-rest/task/" + taskId).statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/task/" + taskId + "/variables").statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/task/" + taskId + "/deployed-form").statusCode()).isEqualTo(404);
        assertThat(as(user, "/engine-rest/history/process-instance?processDefinitionKey=dispute-resolution").body()).isEqualTo("[]");
        assertThat(as(user, "/engine-rest/history/task?processInstanceId=" + processInstanceId).body()).isEqualTo("[]");
        assertThat(as(user, "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId).body()).isEqualTo("[]");
        assertThat(as(user, "/engine-rest/history/activity-instance?processInstanceId=" + processInstanceId).body()).isEqualTo("[]");
        assertThat(as(user, "/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId).body()).isEqualTo("[]");
    }

    @Test
    void theFiveGroupsSeeTheProcessAndItsHistoryAndTheTeamManagerItsTask() {
        for (String user : insiders()) {
            assertThat(as(user, "/engine-rest/process-definition/key/dispute-resolution").statusCode()).as(user).isEqualTo(200);
            assertThat(as(user, "/engine-rest/history/process-instance?processDefinitionKey=dispute-resolution").body())
                    .as(user).contains(processInstanceId);
        }
        assertThat(as("team-manager", "/engine-rest/task?processInstanceId=" + processInstanceId).body()).contains(taskId);
        assertThat(as("team-manager", "/engine-rest/task/" + taskId + "/variables").body()).contains(dispute.getCaseReference());
    }

    @Test
    void otherStaffStillSeeTheirOwnProcesses() {
        assertThat(as("clerk", "/engine-rest/process-definition/key/public-question").statusCode()).isEqualTo(200);
        assertThat(as("member", "/engine-rest/process-definition/key/overdue-reminders").statusCode()).isEqualTo(200);
    }

    @Test
    void aGrantOnEveryProcessLeftByAnEarlierVersionIsWithdrawnOnStart() throws Exception {
        Authorization everything = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        everything.setGroupId("committee-members");
        everything.setResource(Resources.PROCESS_DEFINITION);
        everything.setResourceId("*");
        everything.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(everything);
        assertThat(as("member", "/engine-rest/process-definition?key=dispute-resolution").body()).contains("dispute-resolution");

        for (ApplicationRunner runner : runners) {
            if (runner.getClass().getSimpleName().startsWith("DirectorySeeder")) {
                runner.run(null);
            }
        }
        assertThat(as("member", "/engine-rest/process-definition?key=dispute-resolution").body()).isEqualTo("[]");
        assertThat(as("member", "/engine-rest/process-definition/key/public-question").statusCode()).isEqualTo(200);
    }
}
