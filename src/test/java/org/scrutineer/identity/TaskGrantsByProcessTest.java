package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.identity.DirectoryFile.Directory;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;

/**
 * Groups see and work a process's tasks through their grant on the process definition, so offering
 * a task to a group writes no grant; and a task is still claimed and completed only by those it is for.
 */
@ScrutineerTest
class TaskGrantsByProcessTest {

    private static final String KEY = "grant-check";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AuthorizationService authorizationService;
    @Autowired DirectorySeeder seeder;

    private String deployment;
    private String task;

    @BeforeEach
    void aTaskForTheDirectorsInAProcessEveryoneMaySee() {
        deployment = repositoryService.createDeployment().name(KEY)
                .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).name("Grant check").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("approve").name("Approve").camundaCandidateGroups("directors").endEvent().done())
                .deploy().getId();
        for (String group : List.of("directors", "reviewers-finance")) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(KEY);
            grant.addPermission(Permissions.READ_TASK);
            grant.addPermission(Permissions.TASK_WORK);
            authorizationService.saveAuthorization(grant);
        }
        String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
        task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @AfterEach
    void tidyUp() {
        repositoryService.deleteDeployment(deployment, true);
        authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION).resourceId(KEY).list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }

    @Test
    void offeringATaskToAGroupWritesNoGrantAndItsMembersSeeItThroughTheProcess() throws Exception {
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task).count()).isZero();
        HttpResponse<String> seen = ApiClient.as(port, "director", "demo").get("/engine-rest/task/" + task);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        HttpResponse<String> outsider = ApiClient.as(port, "member", "demo").get("/engine-rest/task/" + task);
        assertThat(outsider.statusCode()).as("a group without the process grant").isEqualTo(404);
    }

    @Test
    void someoneTheTaskIsNotForMayNeitherClaimNorCompleteIt() throws Exception {
        ApiClient reviewer = ApiClient.as(port, "reviewer-finance", "demo");
        for (String action : List.of("claim", "complete")) {
            String body = action.equals("claim") ? "{\"userId\":\"reviewer-finance\"}" : "{}";
            HttpResponse<String> refused = reviewer.post("/engine-rest/task/" + task + "/" + action, body);
            assertThat(refused.statusCode()).as(action + " " + refused.body()).isEqualTo(422);
            assertThat(JSON.readTree(refused.body()).get("message").asText())
                    .isEqualTo("This task is for Directors, so only they can work on it.");
        }
        Task untouched = taskService.createTaskQuery().taskId(task).singleResult();
        assertThat(untouched).isNotNull();
        assertThat(untouched.getAssignee()).isNull();
    }

    @Test
    void aMemberOfTheCandidateGroupClaimsAndCompletesIt() throws Exception {
        ApiClient director = ApiClient.as(port, "director", "demo");
        HttpResponse<String> claimed = director.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"director\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
                .userIdIn("director").count()).as("the assignee's own grant, to pass the task on").isOne();
        HttpResponse<String> done = director.post("/engine-rest/task/" + task + "/complete", "{}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
    }

    @Test
    void aRestartWithdrawsTheGroupGrantsEarlierVersionsWroteOnProcessTasksButNotOnTasksMadeByHand() {
        Authorization old = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        old.setGroupId("directors");
        old.setResource(Resources.TASK);
        old.setResourceId(task);
        old.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(old);
        Task byHand = taskService.newTask();
        byHand.setName("Made in the Tasklist");
        taskService.saveTask(byHand);
        try {
            taskService.addCandidateGroup(byHand.getId(), "directors");

            seeder.run(null);

            assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task).count()).isZero();
            assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(byHand.getId())
                    .groupIdIn("directors").count()).isOne();
        } finally {
            taskService.deleteTask(byHand.getId(), true);
        }
    }

    @Test
    void everyProcessWithTasksIsGrantedToSeeAndWorkThem() throws IOException {
        Directory directory = DirectoryFile.read(new FileSystemResource("config/directory.yaml"), Directory.class);
        Pattern processWithTasks = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            List<String> keys = models.filter(p -> p.toString().endsWith(".bpmn")).map(TaskGrantsByProcessTest::read)
                    .filter(xml -> xml.contains("<bpmn:userTask")).map(xml -> {
                        Matcher m = processWithTasks.matcher(xml);
                        return m.find() ? m.group(1) : "";
                    }).toList();
            assertThat(keys).hasSizeGreaterThan(5);
            for (String key : keys) {
                boolean forStaff = directory.staffGrants().stream().anyMatch(g -> g.resourceId().equals(key)
                        && g.permissions().containsAll(List.of("READ_TASK", "TASK_WORK")));
                boolean forItsGroups = directory.groupGrants().stream().anyMatch(g -> g.resourceId().equals(key)
                        && g.permissions().containsAll(List.of("READ_TASK", "TASK_WORK")));
                assertThat(forStaff || forItsGroups).as(key + " is granted READ_TASK and TASK_WORK").isTrue();
            }
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
