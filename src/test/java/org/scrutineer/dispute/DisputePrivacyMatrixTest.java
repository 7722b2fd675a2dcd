package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role outside the dispute groups against every path that can carry a dispute, after every
 * action that could widen who sees it. Each path answers 404, an empty list or a count without
 * the dispute, and never its case reference, description or category. The whole matrix is written
 * to {@code target/privacy-matrix.md}.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisputePrivacyMatrixTest {

    private static final String DESCRIPTION = "Secret matrix description: no allocated worker since January.";
    private static final String CATEGORY = "outstanding-recommendations";
    private static final List<String> ENGINE_REST = List.of("/engine-rest", "/engine-rest/engine/default");
    private static final String WEBAPP_API = "/camunda/api/engine/engine/default";

    /** Every path family, {t} a task of the dispute, {pi} its instance, {def} its definition, {bk} its business key. */
    private static final List<String> PATHS = List.of(
            "/task/{t}", "/task/{t}/variables", "/task/{t}/form-variables", "/task/{t}/identity-links", "/task/{t}/comment",
            "/task/{t}/deployed-form",
            "/task?processInstanceId={pi}", "/task?processInstanceBusinessKey={bk}", "/task/count?processDefinitionKey=dispute-resolution",
            "/process-instance/{pi}", "/process-instance/{pi}/variables/caseReference", "/process-instance/{pi}/activity-instances",
            "/process-instance?businessKey={bk}", "/execution?processInstanceId={pi}", "/variable-instance?variableName=caseReference",
            "/job?processInstanceId={pi}", "/incident?processInstanceId={pi}", "/event-subscription?eventName=disputeReferredToCafcass",
            "/process-definition/key/dispute-resolution/xml", "/process-definition/{def}", "/process-definition/statistics?incidents=true",
            "/history/process-instance/{pi}", "/history/task?taskId={t}", "/history/variable-instance?variableName=caseReference",
            "/history/detail?processInstanceId={pi}", "/history/activity-instance?processInstanceId={pi}",
            "/history/identity-link-log?taskId={t}", "/history/user-operation?processInstanceId={pi}",
            "/history/job-log?processInstanceId={pi}", "/history/process-instance/count?processDefinitionKey=dispute-resolution",
            "/metrics/activity-instance-start/sum");

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired AppClock clock;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired AuthorizationService authorizationService;
    @Autowired OutboxRepository outbox;

    private long disputeId;
    private String caseReference;
    private String processInstanceId;
    private String definitionId;
    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Set<Integer>>> matrix = new LinkedHashMap<>();

    @BeforeAll
    void aDisputeRaisedByTheIro() throws Exception {
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
        caseReference = DisputeFixtures.caseReference();
        HttpResponse<String> raised = iro().post("/api/disputes", "{\"caseReference\":\"" + caseReference + "\",\"category\":\""
                + CATEGORY + "\",\"stage\":\"informal\",\"notifiedOn\":\"2027-03-01\",\"description\":\"" + DESCRIPTION + "\"}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        disputeId = JSON.readTree(raised.body()).get("id").asLong();
        processInstanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("dispute-resolution")
                .processInstanceBusinessKey(String.valueOf(disputeId)).singleResult().getId();
        definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
        for (String user : DisputePrivacyTest.outsiders()) {
            sessions.put(user, StaffSession.signIn(port, user, "demo"));
        }
    }

    @AfterAll
    void writeTheMatrixAndRealTime() throws Exception {
        clock.reset();
        StringBuilder table = new StringBuilder("# Dispute privacy matrix\n\nEvery role outside the dispute groups ("
                + String.join(", ", DisputePrivacyTest.outsiders()) + ") against every path, after each action. "
                + "Each cell lists the statuses those roles got.\n\n| after | path | statuses |\n|---|---|---|\n");
        matrix.forEach((after, paths) -> paths.forEach((path, statuses) ->
                table.append("| ").append(after).append(" | `").append(path).append("` | ").append(statuses).append(" |\n")));
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("privacy-matrix.md"), table);
    }

    private ApiClient iro() {
        return ApiClient.as(port, "iro", "demo");
    }

    private ApiClient as(String user) {
        return ApiClient.as(port, user, "demo");
    }

    private Task openTask() {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .filter(t -> !"recordCafcassOutcome".equals(t.getTaskDefinitionKey())).findFirst()
                .orElseGet(() -> taskService.createTaskQuery().processInstanceId(processInstanceId).list().get(0));
    }

    private void noOutsiderSeesTheDispute(String after) throws Exception {
        List<String> tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list().stream()
                .map(HistoricTaskInstance::getId).toList();
        List<String[]> calls = new ArrayList<>();
        for (String user : DisputePrivacyTest.outsiders()) {
            for (String template : PATHS) {
                for (String task : template.contains("{t}") ? tasks : List.of("")) {
                    String path = template.replace("{t}", task).replace("{pi}", processInstanceId).replace("{def}", enc(definitionId))
                            .replace("{bk}", String.valueOf(disputeId));
                    ENGINE_REST.forEach(prefix -> calls.add(new String[]{user, "api", prefix + path, prefix + template}));
                    calls.add(new String[]{user, "webapp", WEBAPP_API + path, WEBAPP_API + template});
                }
            }
            calls.add(new String[]{user, "webapp", "/staff", "/staff (dashboard)"});
            calls.add(new String[]{user, "webapp", "/staff/outbox", "/staff/outbox"});
            calls.add(new String[]{user, "api", "/api/admin/outbox", "/api/admin/outbox"});
            calls.add(new String[]{user, "api", "/actuator/metrics", "/actuator/metrics"});
            calls.add(new String[]{user, "api", "/api/disputes/" + disputeId, "/api/disputes/{id}"});
        }
        Map<String, Set<Integer>> statuses = matrix.computeIfAbsent(after, k -> new LinkedHashMap<>());
        List<String> leaks = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String[] call : calls) {
                done.add(pool.submit(() -> {
                    HttpResponse<String> answer = "api".equals(call[1]) ? as(call[0]).get(call[2]) : sessions.get(call[0]).get(call[2]);
                    synchronized (statuses) {
                        statuses.computeIfAbsent(call[3], k -> new TreeSet<>()).add(answer.statusCode());
                    }
                    String problem = leak(call[2], answer);
                    if (problem != null) {
                        synchronized (leaks) {
                            leaks.add(call[0] + " GET " + call[2] + ": " + answer.statusCode() + " " + problem);
                        }
                    }
                }));
            }
            for (Future<?> call : done) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(leaks).as("after " + after).isEmpty();
    }

    /** What is wrong with this answer for someone who may not see the dispute, or null if nothing is. */
    private String leak(String path, HttpResponse<String> answer) {
        String body = answer.body();
        for (String secret : List.of(caseReference, DESCRIPTION, CATEGORY, "dispute-resolution", processInstanceId, definitionId,
                "Respond to the informal dispute",
                "Review the informal response", "Record the CAFCASS outcome", "IRO dispute")) {
            if (body.contains(secret)) {
                return "shows '" + secret + "'";
            }
        }
        int status = answer.statusCode();
        if (path.startsWith("/staff") || path.startsWith("/api/admin/outbox")) {
            return status == 200 || status == 403 ? null : "answered " + status;
        }
        if (status == 404) {
            return null;
        }
        if (status != 200) {
            return "answered " + status + " rather than 404, an empty list or a count";
        }
        String trimmed = body.strip();
        boolean aboutTheDispute = path.contains(processInstanceId) || path.contains("dispute") || path.contains("caseReference")
                || path.contains("/task/") || path.contains("taskId=") || path.contains("/metrics/");
        return !aboutTheDispute || trimmed.equals("[]") || trimmed.matches("\\{\"count\":0}") ? null : "answered " + trimmed;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void onceRaised() throws Exception {
        noOutsiderSeesTheDispute("raised");
    }

    @Test
    @Order(2)
    void assigningTheTaskToAnOutsiderIsRefusedForEveryone() throws Exception {
        String task = openTask().getId();
        for (String prefix : ENGINE_REST) {
            HttpResponse<String> manager = as("team-manager").post(prefix + "/task/" + task + "/assignee", "{\"userId\":\"clerk\"}");
            assertThat(manager.statusCode()).as(manager.body()).isBetween(400, 499);
            HttpResponse<String> admin = as("demo").post(prefix + "/task/" + task + "/assignee", "{\"userId\":\"clerk\"}");
            assertThat(admin.statusCode()).as(admin.body()).isEqualTo(422);
            assertThat(JSON.readTree(admin.body()).get("message").asText())
                    .isEqualTo("This task can only be given to someone in Independent reviewing officers, Team managers, "
                            + "Service managers, Heads of service or Service directors.");
            HttpResponse<String> owner = as("demo").post(prefix + "/task/" + task + "/delegate", "{\"userId\":\"cabinet-member\"}");
            assertThat(owner.statusCode()).as(owner.body()).isEqualTo(422);
        }
        assertThat(openTask().getAssignee()).isNull();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
                .userIdIn("clerk", "cabinet-member").count()).isZero();

        HttpResponse<String> claimed = as("team-manager").post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"team-manager\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        assertThat(userGrants(task, "team-manager")).isOne();
        noOutsiderSeesTheDispute("assignment refused, claimed by the team manager");
    }

    @Test
    @Order(3)
    void offeringTheTaskToOutsidersIsRefused() throws Exception {
        String task = openTask().getId();
        for (String link : List.of("{\"groupId\":\"democratic-services\",\"type\":\"candidate\"}",
                "{\"userId\":\"clerk\",\"type\":\"candidate\"}", "{\"groupId\":\"committee-members\",\"type\":\"candidate\"}")) {
            HttpResponse<String> answer = as("demo").post("/engine-rest/engine/default/task/" + task + "/identity-links", link);
            assertThat(answer.statusCode()).as(link + " " + answer.body()).isEqualTo(422);
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("ENGINE-");
        }
        HttpResponse<String> insider = as("demo").post("/engine-rest/task/" + task + "/identity-links",
                "{\"groupId\":\"service-managers\",\"type\":\"candidate\"}");
        assertThat(insider.statusCode()).as(insider.body()).isEqualTo(204);
        assertThat(taskService.getIdentityLinksForTask(task)).extracting(l -> l.getGroupId())
                .doesNotContain("democratic-services", "committee-members");
        noOutsiderSeesTheDispute("candidate changes to outsiders refused, service managers added");
    }

    @Test
    @Order(4)
    void reassigningOrUnassigningTakesTheGrantAway() throws Exception {
        String task = openTask().getId();
        assertThat(userGrants(task, "team-manager")).isOne();
        HttpResponse<String> passed = as("team-manager").post("/engine-rest/task/" + task + "/assignee", "{\"userId\":\"service-manager\"}");
        assertThat(passed.statusCode()).as(passed.body()).isEqualTo(204);
        assertThat(userGrants(task, "team-manager")).isZero();
        assertThat(userGrants(task, "service-manager")).isOne();
        HttpResponse<String> back = as("service-manager").post("/engine-rest/task/" + task + "/assignee", "{\"userId\":\"team-manager\"}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(204);
        assertThat(userGrants(task, "service-manager")).isZero();
        HttpResponse<String> unclaimed = as("team-manager").post("/engine-rest/task/" + task + "/unclaim", "");
        assertThat(unclaimed.statusCode()).as(unclaimed.body()).isEqualTo(204);
        assertThat(userGrants(task, "team-manager")).isZero();
        HttpResponse<String> removed = as("demo").post("/engine-rest/task/" + task + "/identity-links/delete",
                "{\"groupId\":\"service-managers\",\"type\":\"candidate\"}");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
                .groupIdIn("service-managers").count()).isZero();
        noOutsiderSeesTheDispute("unassigned, service managers removed");
    }

    private long userGrants(String task, String user) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task).userIdIn(user).count();
    }

    @Test
    @Order(5)
    void completingTheTaskTakesEveryGrantOnItAway() throws Exception {
        String task = openTask().getId();
        HttpResponse<String> done = as("team-manager").post("/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"response\":{\"value\":\"A social worker is allocated from Monday.\",\"type\":\"String\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task).count()).isZero();
        assertThat(openTask().getTaskDefinitionKey()).isEqualTo("reviewInformalResponse");
        noOutsiderSeesTheDispute("the team manager responded");
    }

    @Test
    @Order(6)
    void referringToCafcass() throws Exception {
        HttpResponse<String> referred = iro().post("/api/disputes/" + disputeId + "/cafcass-referral", "{\"referredOn\":\"2027-03-01\"}");
        assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("recordCafcassOutcome").count())
                .isOne();
        noOutsiderSeesTheDispute("referred to CAFCASS");
    }

    @Test
    @Order(7)
    void overdueRemindersAndEscalationsOfTheDispute() throws Exception {
        clock.advance(Duration.ofDays(45));
        HttpResponse<String> sweep = as("demo").post("/api/admin/reminders/run", "");
        assertThat(sweep.statusCode()).as(sweep.body()).isBetween(200, 299);
        List<OutboxMessage> disputeMail = outbox.findAll().stream().filter(m -> m.getAudience() != null).toList();
        assertThat(disputeMail).as(sweep.body()).extracting(OutboxMessage::getKind).contains("new-task", "overdue-digest");
        assertThat(disputeMail).allMatch(m -> m.getAudience().contains("iro"));
        noOutsiderSeesTheDispute("overdue: digests and escalations sent");
    }

    @Test
    @Order(8)
    void theOutboxShowsDisputeMailOnlyToAdministratorsAndItsCountsLeaveItOut() throws Exception {
        long restricted = outbox.findAll().stream().filter(m -> m.getAudience() != null).count();
        assertThat(restricted).isPositive();
        JsonNode admin = JSON.readTree(as("demo").get("/api/admin/outbox?to=%40").body());
        JsonNode clerk = JSON.readTree(as("clerk").get("/api/admin/outbox?to=%40").body());
        assertThat(admin.toString()).contains("Respond to the informal dispute");
        assertThat(clerk.toString()).doesNotContain("Respond to the informal dispute").doesNotContain("dispute");
        Set<Long> clerkIds = new LinkedHashSet<>();
        clerk.forEach(m -> clerkIds.add(m.get("id").asLong()));
        outbox.findAll().stream().filter(m -> m.getAudience() != null)
                .forEach(m -> assertThat(clerkIds).doesNotContain(m.getId()));

        String page = sessions.get("clerk").get("/staff/outbox").body();
        long sent = outbox.findAll().stream().filter(m -> m.getAudience() == null
                && m.getStatus() == org.scrutineer.notification.OutboxStatus.SENT).count();
        long pending = outbox.findAll().stream().filter(m -> m.getAudience() == null
                && m.getStatus() == org.scrutineer.notification.OutboxStatus.PENDING).count();
        assertThat(page).contains("Waiting (" + pending + ")").contains("Sent (" + sent + ")");
    }
}
