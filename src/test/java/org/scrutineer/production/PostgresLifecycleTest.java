package org.scrutineer.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.question.PublicQuestion;
import org.scrutineer.question.QuestionIntake;
import org.scrutineer.question.QuestionSubmission;
import org.scrutineer.web.ApiClient;

/** Each process runs its whole lifecycle on real PostgreSQL, on the {@code postgres} profile. */
@Tag("own-application")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresLifecycleTest {

    private PostgresNode node;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void startOnPostgres() {
        node = PostgresNode.start("postgres-lifecycle", EmbeddedPostgresDatabase.fresh(),
                "--camunda.bpm.job-execution.enabled=false", "--scrutineer.mail.embedded-port=0", "--scrutineer.mail.poll=false");
    }

    @AfterAll
    void stop() {
        node.bean(AppClock.class).reset();
        node.close();
    }

    private String task(String processInstanceId) {
        return node.bean(TaskService.class).createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private void complete(String processInstanceId, Map<String, Object> variables) {
        node.bean(TaskService.class).complete(task(processInstanceId), variables);
    }

    private void runTheStep(String processInstanceId) {
        ManagementService management = node.bean(ManagementService.class);
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).singleResult().getId());
    }

    private void runTheTimer(String processInstanceId) {
        ManagementService management = node.bean(ManagementService.class);
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        management.executeJob(timer.getId());
    }

    @Test
    void aPublicQuestionGoesFromTheFormToErasure() throws Exception {
        AppClock clock = node.bean(AppClock.class);
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
        ScheduledMeeting meeting = node.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2027-03-16T14:00"), null);
        PublicQuestion question = node.bean(QuestionIntake.class).submit(new QuestionSubmission(meeting.id(), "Ada Resident",
                "ada@example.org", "Exemplar Town", true, "chair", "How many young carers are known to the council?"));
        String pi = node.bean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(question.getReference()).singleResult().getId();

        complete(pi, Map.of("decision", "accept"));
        complete(pi, Map.of("answer", "Three hundred and twelve."));
        complete(pi, Map.of("approved", true));
        runTheStep(pi);
        runTheTimer(pi);
        complete(pi, Map.of("supplementaryAsked", false));
        runTheTimer(pi);

        assertThat(node.bean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(pi)
                .singleResult().getEndTime()).isNotNull();
        JsonNode stored = json.readTree(ApiClient.as(node.port(), "clerk", "demo").get("/api/questions/" + question.getReference()).body());
        assertThat(stored.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(stored.path("email").isNull() || stored.path("email").isMissingNode()).isTrue();
        String page = ApiClient.anonymous(node.port()).get("/meetings/" + meeting.id() + "/questions").body();
        assertThat(page).contains("How many young carers are known to the council?").contains("Three hundred and twelve.");
    }
}
