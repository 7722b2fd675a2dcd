package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the engine's REST API answers to input that is wrong, hostile or probing: a 4xx with the
 * reason in plain English, never a 5xx, an engine code, a Java class name or the engine's version.
 */
@ScrutineerTest
class EngineAnswersTest {

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;

    private ApiClient clerk;
    private ApiClient admin;

    @BeforeEach
    void clients() {
        clerk = ApiClient.as(port, "clerk", "demo");
        admin = ApiClient.as(port, "demo", "demo");
    }

    static void plain(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.body()).doesNotContainPattern("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error)\\b")
                .doesNotContainPattern("ENGINE-\\d{5}").doesNotContain("Exception").doesNotContain("7.24");
    }

    /** A task of no process, offered to democratic services. */
    private Task aTaskForTheClerk() {
        Task task = taskService.newTask();
        task.setName("Check the figures");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "democratic-services");
        return task;
    }

    @Test
    void aConditionWithNothingToStartIsABadRequest() {
        for (String path : List.of("/engine-rest/condition", "/engine-rest/engine/default/condition")) {
            HttpResponse<String> answer = clerk.post(path, "{\"variables\":{\"x\":{\"value\":1,\"type\":\"Integer\"}}}");
            plain(answer);
        }
        plain(clerk.post("/engine-rest/condition", "{}"));
        plain(clerk.post("/engine-rest/condition", "not json"));
    }

    @Test
    void deletingATaskOfAProcessIsRefusedAndATaskNobodyMaySeeIsNotThere() {
        repositoryService.createDeployment().addModelInstance("answers-test.bpmn", Bpmn.createExecutableProcess("answers-test")
                .camundaHistoryTimeToLive(1).startEvent().userTask("work").endEvent().done()).deploy();
        String instance = runtimeService.startProcessInstanceByKey("answers-test").getId();
        String id = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        plain(admin.delete("/engine-rest/task/" + id));
        assertThat(taskService.createTaskQuery().taskId(id).count()).isOne();
        HttpResponse<String> hidden = clerk.delete("/engine-rest/task/" + id);
        HttpResponse<String> missing = clerk.delete("/engine-rest/task/no-such-task");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
    }

    @Test
    void aJavaSerializedVariableIsRefused() {
        Task task = aTaskForTheClerk();
        HttpResponse<String> answer = admin.put("/engine-rest/task/" + task.getId() + "/variables/payload",
                "{\"value\":\"rO0ABXQABWhlbGxv\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");
        plain(answer);
        assertThat(taskService.getVariable(task.getId(), "payload")).isNull();
    }

    @Test
    void anObjectVariableOfATypeScrutineerDoesNotStoreIsRefusedBeforeItIsBuilt() {
        Task task = aTaskForTheClerk();
        for (String type : List.of("java.io.File", "org.springframework.context.support.ClassPathXmlApplicationContext",
                "java.net.URL")) {
            HttpResponse<String> answer = admin.put("/engine-rest/task/" + task.getId() + "/variables/payload",
                    "{\"value\":\"\\\"/etc/passwd\\\"\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"" + type
                            + "\",\"serializationDataFormat\":\"application/json\"}}");
            assertThat(answer.statusCode()).as(type + " " + answer.body()).isEqualTo(400);
            plain(answer);
        }
        HttpResponse<String> list = admin.put("/engine-rest/task/" + task.getId() + "/variables/roles",
                "{\"value\":\"[\\\"governance\\\"]\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
                        + "\"serializationDataFormat\":\"application/json\"}}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(204);
        assertThat(taskService.getVariable(task.getId(), "roles")).isEqualTo(List.of("governance"));
    }

    @Test
    void readingAVariableThatCannotBeBuiltIsABadRequest() {
        Task task = aTaskForTheClerk();
        taskService.setVariable(task.getId(), "broken", org.camunda.bpm.engine.variable.Variables
                .serializedObjectValue("{not json").objectTypeName("java.util.ArrayList").serializationDataFormat("application/json").create());
        plain(clerk.get("/engine-rest/task/" + task.getId() + "/variables/broken"));
        plain(clerk.get("/engine-rest/task/" + task.getId() + "/variables"));
        HttpResponse<String> raw = clerk.get("/engine-rest/task/" + task.getId() + "/variables/broken?deserializeValue=false");
        assertThat(raw.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedIdsAreNotFoundOrBadRequests() {
        for (String id : List.of("%00", "x%27%20OR%20%271%27%3D%271", "..%2F..%2Fetc", "a".repeat(5000), "%E2%80%AE", "%F0%9F%92%A5",
                "-1", "%25", "%5C")) {
            for (String path : List.of("/engine-rest/task/" + id + "/variables", "/engine-rest/process-instance/" + id + "/variables",
                    "/engine-rest/execution/" + id + "/localVariables", "/engine-rest/engine/default/task/" + id + "/variables",
                    "/engine-rest/history/process-instance/" + id, "/engine-rest/task?processInstanceBusinessKey=" + id,
                    "/engine-rest/process-definition/key/" + id)) {
                HttpResponse<String> answer = clerk.get(path);
                if (answer.statusCode() == 200) {
                    assertThat(answer.body()).as(path).isEqualTo("[]");
                } else {
                    plain(answer);
                }
            }
        }
    }

    @Test
    void textWithANulCharacterIsRefusedBeforeAnyDatabaseSeesIt() {
        plain(clerk.post("/engine-rest/task", "{\"processInstanceBusinessKey\":\"a\\u0000b\"}"));
        plain(clerk.post("/engine-rest/engine/default/message", "{\"messageName\":\"x\",\"businessKey\":\"\\u0000\"}"));
        assertThat(clerk.post("/engine-rest/task", "{\"processInstanceBusinessKey\":\"ab\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aTextLongerThanTheEngineStoresIsABadRequest() {
        Task task = aTaskForTheClerk();
        plain(admin.put("/engine-rest/task/" + task.getId() + "/variables/answer",
                "{\"value\":\"" + "a".repeat(5000) + "\",\"type\":\"String\"}"));
        assertThat(taskService.getVariable(task.getId(), "answer")).isNull();
    }

    @Test
    void theEngineVersionIsForNobodyAndEngineWideFiguresAreForAdministratorsOnly() {
        assertThat(clerk.get("/engine-rest/version").statusCode()).isEqualTo(404);
        assertThat(admin.get("/engine-rest/engine/default/version").statusCode()).isEqualTo(404);
        assertThat(clerk.get("/engine-rest/metrics/activity-instance-start/sum").statusCode()).isEqualTo(404);
        assertThat(clerk.get("/engine-rest/engine/default/metrics/activity-instance-start/sum").statusCode()).isEqualTo(404);
        assertThat(admin.get("/engine-rest/version").statusCode()).isEqualTo(404);
        assertThat(admin.get("/engine-rest/metrics/activity-instance-start/sum").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownEnginePathAndAWrongMethodAnswerPlainly() {
        plain(clerk.get("/engine-rest/no-such-thing"));
        plain(clerk.send("PATCH", "/engine-rest/task", "application/json", "{}"));
        plain(clerk.send("POST", "/engine-rest/task", "text/plain", "hello"));
        plain(clerk.post("/engine-rest/task", "{\"processInstanceId\": [1, 2, {\"a\": }"));
    }

    @Test
    void listAnswersCarryNoJavaTypeNames() {
        HttpResponse<String> answer = clerk.get("/engine-rest/process-definition/statistics?incidents=true");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("@class").doesNotContain("org.camunda");
    }
}
