package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A real failure while a task is completed (our code breaking, the database gone) is a 500 that
 * says only that something went wrong and an error id, which is also in the log beside the cause;
 * a rule's refusal from the same listener is a 422. The engine's and Java's words never reach the caller.
 */
@ScrutineerTest
class EngineServerErrorTest {

    private static final Pattern ERROR_ID = Pattern.compile("Quote error id ([0-9A-F]{8})\\.$");

    @LocalServerPort int port;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger failures = (Logger) LoggerFactory.getLogger(EngineFailures.class);

    /** Fails as the variable {@code fail} says, as a listener of ours would. */
    public static class FailingListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            switch (String.valueOf(task.getVariable("fail"))) {
                case "bug" -> throw new NullPointerException("Cannot invoke \"java.util.List.size()\" because \"roles\" is null");
                case "database" -> throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
                        new SQLException("Connection is not available, request timed out after 30000ms", "08001"));
                case "rule" -> throw new ProcessEngineException("Enter the date the meeting was held");
                default -> { }
            }
        }
    }

    /** Breaks after the task is completed, as a delegate of ours with a bug would. */
    public static class FailingDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            if (Boolean.TRUE.equals(execution.getVariable("failLater"))) {
                throw new IllegalStateException("org.scrutineer.report.Report#42 has no meeting");
            }
        }
    }

    @BeforeEach
    void aProcessThatFails() {
        repositoryService.createDeployment().addModelInstance("server-error-test.bpmn", Bpmn.createExecutableProcess("server-error-test")
                .camundaHistoryTimeToLive(1).startEvent()
                .userTask("work").camundaTaskListenerClass("complete", FailingListener.class.getName())
                .serviceTask("afterwards").camundaClass(FailingDelegate.class.getName())
                .endEvent().done()).deploy();
        log.start();
        failures.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        failures.detachAppender(log);
    }

    private String aTask() {
        String instance = runtimeService.startProcessInstanceByKey("server-error-test").getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private HttpResponse<String> complete(String taskId, String variables) {
        return ApiClient.as(port, "demo", "demo").post("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}");
    }

    private String serverError(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        String message = new ObjectMapper().readTree(answer.body()).path("message").asText();
        assertThat(message).startsWith("Something went wrong on our side.").doesNotContain("ENGINE-").doesNotContain("Exception")
                .doesNotContain("java.").doesNotContain("org.").doesNotContain("JDBC").doesNotContain("null").doesNotContain("Report#42")
                .doesNotContain("TaskListener");
        Matcher id = ERROR_ID.matcher(message);
        assertThat(id.find()).as(message).isTrue();
        String errorId = id.group(1);
        assertThat(log.list).as("the log names the error id beside the cause")
                .anySatisfy(event -> {
                    assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                    assertThat(event.getFormattedMessage()).contains(errorId);
                    assertThat(event.getThrowableProxy()).isNotNull();
                });
        return errorId;
    }

    @Test
    void aBugInAListenerIsAServerErrorWithAnErrorId() throws Exception {
        String task = aTask();
        String first = serverError(complete(task, "{\"fail\": {\"value\": \"bug\"}}"));
        String second = serverError(complete(task, "{\"fail\": {\"value\": \"bug\"}}"));
        assertThat(first).isNotEqualTo(second);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    void aDatabaseFailureIsAServerErrorWithAnErrorId() throws Exception {
        String task = aTask();
        serverError(complete(task, "{\"fail\": {\"value\": \"database\"}}"));
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    void aBugInADelegateAfterTheTaskIsAServerErrorWithAnErrorId() throws Exception {
        String task = aTask();
        serverError(complete(task, "{\"failLater\": {\"value\": true}}"));
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    void aRuleRefusalFromTheSameListenerIsA422WithItsReason() {
        String task = aTask();
        assertThat(PlainRefusal.of(complete(task, "{\"fail\": {\"value\": \"rule\"}}"))).isEqualTo("Enter the date the meeting was held");
        HttpResponse<String> done = complete(task, "{\"fail\": {\"value\": \"none\"}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }
}
