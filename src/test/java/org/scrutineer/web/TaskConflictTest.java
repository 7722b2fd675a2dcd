package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two people acting on one task: one wins, the other is told plainly, never with a 500. */
@ScrutineerTest
class TaskConflictTest {

    private static final String PROCESS = "task-conflict-check";

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    private String taskId;

    @BeforeEach
    void startOneTask() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                    .camundaHistoryTimeToLive(1)
                    .startEvent().userTask("check").name("Check the papers").camundaCandidateGroups("democratic-services")
                    .endEvent().done()).deploy();
        }
        String instance = runtimeService.startProcessInstanceByKey(PROCESS).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @Test
    void completingATaskSomeoneHasAlreadyCompletedIsAConflict() {
        assertThat(ApiClient.as(port, "clerk", "demo").post("/engine-rest/task/" + taskId + "/complete", "{}").statusCode())
                .isEqualTo(204);

        HttpResponse<String> late = ApiClient.as(port, "demo", "demo").post("/engine-rest/task/" + taskId + "/complete", "{}");

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("already been completed by someone else");
    }

    @Test
    void completingATaskThatNeverExistedIsNotFound() {
        HttpResponse<String> answer = ApiClient.as(port, "clerk", "demo").post("/engine-rest/task/no-such-task/complete", "{}");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains(EngineFailures.NOT_FOUND);
    }

    @Test
    void twoPeopleCompletingAtOnceGetOneSuccessAndOneConflict() {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> both = List.of("clerk", "demo").stream()
                .map(user -> CompletableFuture.supplyAsync(() -> {
                    ApiClient client = ApiClient.as(port, user, "demo");
                    await(go);
                    return client.post("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\":{}}");
                }))
                .toList();
        go.countDown();

        List<Integer> statuses = both.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();

        assertThat(statuses).containsExactly(204, 409);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
