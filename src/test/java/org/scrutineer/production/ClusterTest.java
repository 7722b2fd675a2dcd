package org.scrutineer.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.MailTemplates;
import org.scrutineer.notification.Outbox;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.EmbeddedPostgresDatabase;

/**
 * Two nodes on one PostgreSQL database, each with its job executor and mail poller running, as a
 * council would run them behind a load balancer: background work happens exactly once, work
 * started on one node is finished on the other, and a race for one task ends in a clear 409.
 */
@Tag("own-application")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTest {

    /** Wednesday 3 March 2027, a working day. */
    private static final Instant WEDNESDAY = Instant.parse("2027-03-03T09:00:00Z");

    private GreenMail relay;
    private PostgresNode a;
    private PostgresNode b;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void startTwoNodes() {
        relay = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        relay.start();
        String database = EmbeddedPostgresDatabase.fresh();
        String[] shared = {"--scrutineer.mail.embedded-server=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + relay.getSmtp().getPort(),
                "--scrutineer.mail.poll=true",
                "--scrutineer.mail.poll-delay=PT0.2S",
                "--camunda.bpm.job-execution.enabled=true",
                "--scrutineer.clock.start=" + WEDNESDAY};
        a = PostgresNode.start("node-a", database, shared);
        b = PostgresNode.start("node-b", database, shared);
        a.bean(AppClock.class).freezeAt(WEDNESDAY);
        b.bean(AppClock.class).freezeAt(WEDNESDAY);
    }

    @AfterAll
    void stopNodes() {
        b.close();
        a.close();
        relay.stop();
    }

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    private List<String> subjectsTo(String address) {
        return Arrays.stream(relay.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .map(ClusterTest::subject).toList();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyQueuedEmailIsDeliveredExactlyOnceByTheTwoPollers() throws Exception {
        Outbox outbox = a.bean(Outbox.class);
        for (int i = 0; i < 40; i++) {
            outbox.enqueue("bulk" + i + "@cluster.example", new MailTemplates.Mail("Bulk message " + i, "Body " + i), "cluster-test");
        }

        eventually(() -> Arrays.stream(relay.getReceivedMessages())
                .filter(m -> recipient(m).endsWith("@cluster.example")).count() >= 40, "40 messages");
        Thread.sleep(1500);

        for (int i = 0; i < 40; i++) {
            assertThat(subjectsTo("bulk" + i + "@cluster.example")).as("message " + i).containsExactly("Bulk message " + i);
        }
    }

    @Test
    void theOverdueSweepRunOnBothNodesAtOnceSendsEachPersonOneDigest() throws Exception {
        String process = "cluster-overdue-check";
        a.bean(RepositoryService.class).createDeployment().addModelInstance(process + ".bpmn", Bpmn.createExecutableProcess(process)
                .camundaHistoryTimeToLive(1).startEvent().userTask("late").name("A late task")
                .camundaCandidateGroups("scrutiny-chairs").endEvent().done()).deploy();
        TaskService tasks = a.bean(TaskService.class);
        for (int i = 0; i < 5; i++) {
            String instance = a.bean(RuntimeService.class).startProcessInstanceByKey(process).getId();
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            task.setDueDate(Date.from(WEDNESDAY.minus(Duration.ofDays(1))));
            tasks.saveTask(task);
        }

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> runs = List.of(a, b).stream()
                .map(node -> CompletableFuture.supplyAsync(() -> {
                    ApiClient admin = ApiClient.as(node.port(), "demo", "demo");
                    await(go);
                    return admin.post("/api/admin/reminders/run", "{}");
                })).toList();
        go.countDown();
        assertThat(runs.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList())
                .as("a sweep that meets another at the same moment is refused, never half done").contains(200)
                .allSatisfy(status -> assertThat(status).isIn(200, 409));

        eventually(() -> subjectsTo("chair@council.example").stream().anyMatch(s -> s.contains("overdue")), "the chair's digest");
        Thread.sleep(3000);
        assertThat(subjectsTo("chair@council.example").stream().filter(s -> s.contains("overdue tasks waiting for you")))
                .containsExactly("5 overdue tasks waiting for you");
    }

    @Test
    void workStartedOnOneNodeIsFinishedOnTheOtherAndARaceEndsInAConflict() throws Exception {
        ScheduledMeeting meeting = a.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2027-03-16T14:00"), null);
        HttpResponse<String> asked = ApiClient.anonymous(a.port()).post("/api/questions", json.writeValueAsString(java.util.Map.of(
                "meetingId", meeting.id(), "name", "Kit Resident", "email", "kit@example.org", "town", "Exemplar Town",
                "livesOrWorksInArea", true, "addressedTo", "officer", "text", "How many care leavers are in work?")));
        assertThat(asked.statusCode()).isEqualTo(201);
        String reference = json.readTree(asked.body()).path("reference").asText();

        String screening = b.bean(TaskService.class).createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        HttpResponse<String> screened = ApiClient.as(b.port(), "clerk", "demo").post("/engine-rest/task/" + screening + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"}}}");
        assertThat(screened.statusCode()).isEqualTo(204);

        Task drafting = a.bean(TaskService.class).createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(drafting.getTaskDefinitionKey()).isEqualTo("draftAnswer");

        CountDownLatch go = new CountDownLatch(1);
        String body = "{\"variables\":{\"answer\":{\"value\":\"Sixty-one.\"}}}";
        List<CompletableFuture<HttpResponse<String>>> race = List.of(
                        CompletableFuture.supplyAsync(() -> submit(ApiClient.as(a.port(), "director", "demo"), drafting.getId(), body, go)),
                        CompletableFuture.supplyAsync(() -> submit(ApiClient.as(b.port(), "demo", "demo"), drafting.getId(), body, go)));
        go.countDown();
        List<HttpResponse<String>> answers = race.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
        assertThat(answers).filteredOn(r -> r.statusCode() == 409).singleElement()
                .satisfies(r -> assertThat(r.body()).containsAnyOf("someone else", "Someone else"));
    }

    private static HttpResponse<String> submit(ApiClient client, String taskId, String body, CountDownLatch go) {
        await(go);
        return client.post("/engine-rest/task/" + taskId + "/submit-form", body);
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
