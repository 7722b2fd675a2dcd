package org.scrutineer.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.web.ApiClient;

/**
 * The application's JVM is killed with SIGKILL in the middle of a question's life, on the embedded
 * H2 file database, and started again: every process instance, task, email and timer is still there.
 */
@Tag("own-application")
class CrashDurabilityTest {

    @TempDir Path dataDir;

    private final ObjectMapper json = new ObjectMapper();
    private Process node;

    @AfterEach
    void killLeftovers() {
        if (node != null && node.isAlive()) {
            node.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The application and its libraries, as a deployment would have them: no tests, no working directory. */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private int start(String log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Duser.timezone=Europe/London",
                "-cp", applicationClassPath(),
                ScrutineerApplication.class.getName(),
                "--server.port=" + port,
                "--scrutineer.data-dir=" + dataDir,
                "--scrutineer.mail.embedded-port=0",
                "--scrutineer.mail.poll=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--scrutineer.demo-data.year=false"));
        Path logFile = Files.createDirectories(Path.of("target", "crash-test")).resolve(log);
        node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            if (!node.isAlive()) {
                throw new AssertionError("the application stopped; see " + logFile);
            }
            try {
                if (ApiClient.anonymous(port).get("/actuator/health/readiness").statusCode() == 200) {
                    return port;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not become healthy; see " + logFile);
    }

    private record Snapshot(String processInstance, TreeSet<String> tasks, TreeSet<String> mail, long timers) {
    }

    private Snapshot look(int port, String reference) throws Exception {
        ApiClient admin = ApiClient.as(port, "demo", "demo");
        JsonNode instances = json.readTree(admin.get("/engine-rest/process-instance?businessKey=" + reference).body());
        TreeSet<String> tasks = new TreeSet<>();
        json.readTree(admin.get("/engine-rest/task?processInstanceBusinessKey=" + reference).body())
                .forEach(t -> tasks.add(t.path("id").asText() + " " + t.path("taskDefinitionKey").asText()));
        TreeSet<String> mail = new TreeSet<>();
        json.readTree(admin.get("/api/admin/outbox").body())
                .forEach(m -> mail.add(m.path("id").asText() + " " + m.path("to").asText() + " " + m.path("status").asText()));
        long timers = json.readTree(admin.get("/engine-rest/job/count?timers=true").body()).path("count").asLong();
        return new Snapshot(instances.size() == 1 ? instances.get(0).path("id").asText() : "none", tasks, mail, timers);
    }

    @Test
    void aKilledNodeLosesNothing() throws Exception {
        int port = start("before-kill.log");
        LocalDate tuesday = LocalDate.now().plusMonths(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        HttpResponse<String> scheduled = ApiClient.as(port, "clerk", "demo").post("/api/meetings",
                json.writeValueAsString(Map.of("committee", "cyp", "startsAt", tuesday + "T14:00")));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        long meetingId = json.readTree(scheduled.body()).path("id").asLong();
        HttpResponse<String> asked = ApiClient.anonymous(port).post("/api/questions", json.writeValueAsString(Map.of(
                "meetingId", meetingId, "name", "Lee Resident", "email", "lee@example.org", "town", "Exemplar Town",
                "livesOrWorksInArea", true, "addressedTo", "chair", "text", "Will the youth club reopen this winter?")));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String reference = json.readTree(asked.body()).path("reference").asText();
        String screening = json.readTree(ApiClient.as(port, "demo", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + reference).body()).get(0).path("id").asText();
        assertThat(ApiClient.as(port, "clerk", "demo").post("/engine-rest/task/" + screening + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"}}}").statusCode()).isEqualTo(204);

        Snapshot before = look(port, reference);
        assertThat(before.processInstance()).isNotEqualTo("none");
        assertThat(before.tasks()).singleElement().asString().endsWith("draftAnswer");
        assertThat(before.mail()).anyMatch(m -> m.contains("lee@example.org PENDING"));
        assertThat(before.timers()).isPositive();

        node.destroyForcibly().waitFor();
        assertThat(node.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        int restarted = start("after-kill.log");
        assertThat(look(restarted, reference)).isEqualTo(before);
        node.destroy();
        node.waitFor();
    }
}
