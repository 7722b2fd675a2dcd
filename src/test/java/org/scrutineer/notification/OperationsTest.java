package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator watches: health with the database, mail and the outbox backlog, and the gauges. */
@ScrutineerTest
class OperationsTest {

    @LocalServerPort int port;
    @Autowired Outbox outbox;
    @Autowired OutboxRepository messages;
    @Autowired OperationsMetrics metrics;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
        messages.deleteAll();
    }

    private void queueOneMessage() {
        outbox.enqueue("someone@example.org", new MailTemplates.Mail("A subject", "A body"), "test");
    }

    private JsonNode read(ApiClient client, String path) throws Exception {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void healthNamesTheDatabaseTheMailServerAndTheOutbox() throws Exception {
        JsonNode health = json.readTree(ApiClient.anonymous(port).get("/actuator/health").body());
        assertThat(health.path("components").has("db")).isTrue();
        assertThat(health.path("components").has("mail")).isTrue();
        assertThat(health.path("components").has("outbox")).isTrue();
        assertThat(health.path("components").path("outbox").has("details")).as("details are for administrators").isFalse();
    }

    @Test
    void theOutboxGoesDownWhenMailHasWaitedTooLong() throws Exception {
        messages.deleteAll();
        queueOneMessage();
        JsonNode fresh = read(ApiClient.as(port, "demo", "demo"), "/actuator/health/outbox");
        assertThat(fresh.path("status").asText()).isEqualTo("UP");
        assertThat(fresh.path("details").path("pending").asLong()).isEqualTo(1);

        clock.freezeAt(Instant.now().plus(Duration.ofHours(2)));
        JsonNode stale = json.readTree(ApiClient.as(port, "demo", "demo").get("/actuator/health/outbox").body());
        assertThat(stale.path("status").asText()).isEqualTo("DOWN");
        assertThat(stale.path("details").path("oldestPendingMinutes").asLong()).isGreaterThanOrEqualTo(119);
    }

    @Test
    void gaugesCountPendingMailAndOverdueTasksPerProcess() throws Exception {
        String process = "metrics-overdue-check";
        repositoryService.createDeployment().addModelInstance(process + ".bpmn", Bpmn.createExecutableProcess(process)
                .camundaHistoryTimeToLive(1).startEvent().userTask("late").name("A late task")
                .camundaCandidateGroups("democratic-services").endEvent().done()).deploy();
        for (int i = 0; i < 3; i++) {
            String instance = runtimeService.startProcessInstanceByKey(process).getId();
            var task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(2))));
            taskService.saveTask(task);
        }
        metrics.countOverdueTasks();

        ApiClient admin = ApiClient.as(port, "demo", "demo");
        JsonNode overdue = read(admin, "/actuator/metrics/scrutineer.tasks.overdue?tag=process:" + process);
        assertThat(overdue.path("measurements").get(0).path("value").asDouble()).isEqualTo(3.0);
        String pendingGauge = "/actuator/metrics/scrutineer.outbox.messages?tag=status:pending";
        double before = read(admin, pendingGauge).path("measurements").get(0).path("value").asDouble();
        queueOneMessage();
        double after = read(admin, pendingGauge).path("measurements").get(0).path("value").asDouble();
        assertThat(after - before).isEqualTo(1.0);

        assertThat(ApiClient.as(port, "clerk", "demo").get("/actuator/metrics").statusCode()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get("/actuator/metrics").statusCode()).isEqualTo(401);
    }
}
