package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {

    private static final String PROCESS = "security-visibility-check";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    IdentityService identityService;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void startWorkForTwoGroups() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("split")
                .userTask("reviewFinance").name("Finance review").camundaCandidateGroups("reviewers-finance")
                .endEvent()
                .moveToNode("split")
                .userTask("approveAsDirector").name("Director approval").camundaCandidateGroups("directors")
                .endEvent()
                .done();
        repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
        runtimeService.startProcessInstanceByKey(PROCESS);
    }

    @Test
    void engineRestRefusesAnonymousCallers() {
        assertThat(ApiClient.anonymous(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedEverywhere() {
        // A wrong password counts towards locking the account, so this check uses a user of its own.
        User user = identityService.newUser("wrong-password-check");
        user.setPassword("right-password");
        identityService.saveUser(user);
        ApiClient wrong = ApiClient.as(port, "wrong-password-check", "not-the-password");
        assertThat(wrong.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(wrong.get("/api/meetings").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThat(ApiClient.as(port, "nobody", "demo").get("/engine-rest/task").statusCode()).isEqualTo(401);
    }

    @Test
    void eachUserSeesOnlyTheTasksOfTheirOwnGroups() throws Exception {
        assertThat(taskNames("reviewer-finance")).containsExactly("Finance review");
        assertThat(taskNames("director")).containsExactly("Director approval");
        assertThat(taskNames("iro")).isEmpty();
    }

    @Test
    void anAdministratorSeesEveryTask() throws Exception {
        assertThat(taskNames("demo")).contains("Finance review", "Director approval");
    }

    @Test
    void theStaffApiNeedsALogin() {
        assertThat(ApiClient.anonymous(port).get("/api/meetings").statusCode()).isEqualTo(401);
        assertThat(ApiClient.as(port, "member", "demo").get("/api/meetings").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyDemocraticServicesSchedulesMeetings() {
        String body = "{\"committee\":\"cyp\",\"startsAt\":\"2027-01-12T14:00\"}";
        assertThat(ApiClient.as(port, "member", "demo").post("/api/meetings", body).statusCode()).isEqualTo(403);
        assertThat(ApiClient.as(port, "clerk", "demo").post("/api/meetings", body).statusCode()).isEqualTo(201);
    }

    @Test
    void theCalendarAndHealthAreOpenToAll() {
        assertThat(ApiClient.anonymous(port).get("/api/calendar/working-days/add?from=2025-03-18&days=1").statusCode()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void theCamundaWebappsNeedALogin() {
        assertThat(ApiClient.anonymous(port).get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
    }

    private List<String> taskNames(String user) throws Exception {
        var response = ApiClient.as(port, user, "demo").get("/engine-rest/task?processDefinitionKey=" + PROCESS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tasks = json.readTree(response.body());
        return tasks.findValuesAsText("name");
    }
}
