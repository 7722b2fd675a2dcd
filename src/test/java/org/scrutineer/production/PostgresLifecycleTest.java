package org.scrutineer.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.dispute.Dispute;
import org.scrutineer.dispute.DisputeCategory;
import org.scrutineer.dispute.DisputeIntake;
import org.scrutineer.dispute.DisputeStage;
import org.scrutineer.dispute.DisputeSubmission;
import org.scrutineer.identity.Roles;
import org.scrutineer.identity.TaskQueryParity;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxAdmin;
import org.scrutineer.notification.OutboxStatus;
import org.scrutineer.question.PublicQuestion;
import org.scrutineer.question.QuestionIntake;
import org.scrutineer.question.QuestionSubmission;
import org.scrutineer.recommendation.Recommendation;
import org.scrutineer.recommendation.RecommendationIntake;
import org.scrutineer.recommendation.RecommendationSubmission;
import org.scrutineer.report.Report;
import org.scrutineer.report.ReportDocuments;
import org.scrutineer.report.ReportRegistration;
import org.scrutineer.report.ReportRegistrationRequest;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.EmbeddedPostgresDatabase;
import org.scrutineer.web.StaffSession;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

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

    private String instanceOf(String processKey, Object businessKey) {
        return node.bean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(businessKey)).singleResult().getId();
    }

    private void completeAs(String user, String processInstanceId, String taskKey, Map<String, Object> variables) {
        TaskService tasks = node.bean(TaskService.class);
        IdentityService identity = node.bean(IdentityService.class);
        String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list().get(0).getId();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            tasks.complete(taskId, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private void assertEnded(String processInstanceId) {
        assertThat(node.bean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndTime()).as("the process has ended").isNotNull();
    }

    @Test
    void aReportIsReviewedApprovedAndPublishedWithTheAgenda() {
        AppClock clock = node.bean(AppClock.class);
        clock.freezeAt(Instant.parse("2027-03-01T09:00:00Z"));
        ScheduledMeeting meeting = node.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2027-03-23T14:00"), null);
        Report report = node.bean(ReportRegistration.class).register(new ReportRegistrationRequest(meeting.id(),
                "Placement sufficiency", "Director of Children's Services", "open", null, "non-key", List.of("All wards"),
                new ReportRegistrationRequest.Implications(true, false, false, false, false), false), "author");
        node.bean(ReportDocuments.class).upload(report.getId(), "sufficiency.pdf",
                "%PDF-1.7\n% sufficiency\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "author");
        String pi = instanceOf("report-signoff", report.getId());

        completeAs("clerk", pi, "approveReviewers", Map.of("reviewerRoles", new java.util.ArrayList<>(List.of("governance", "finance"))));
        completeAs("reviewer-governance", pi, "reviewReport", Map.of("outcome", "approve", "comments", ""));
        completeAs("reviewer-finance", pi, "reviewReport", Map.of("outcome", "approve", "comments", ""));
        completeAs("director", pi, "approveReport", Map.of("approved", true, "approvalComments", ""));
        clock.freezeAt(Instant.parse("2027-03-15T09:00:00Z"));
        ManagementService management = node.bean(ManagementService.class);
        management.createJobQuery().processInstanceId(pi).executable().list().forEach(job -> management.executeJob(job.getId()));

        assertEnded(pi);
        String page = ApiClient.anonymous(node.port()).get("/meetings/" + meeting.id() + "/reports").body();
        assertThat(page).contains("Placement sufficiency");
    }

    @Test
    void aRecommendationIsSentAnsweredAndClosed() {
        AppClock clock = node.bean(AppClock.class);
        clock.freezeAt(Instant.parse("2027-01-20T09:00:00Z"));
        ScheduledMeeting meeting = node.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2027-01-19T18:00"), null);
        Recommendation recommendation = node.bean(RecommendationIntake.class).record(new RecommendationSubmission(meeting.id(),
                "School transport", "1", "Review the eligibility policy.", "executive", "general", null));
        String pi = instanceOf("recommendation-response", recommendation.getId());

        completeAs("scrutiny-officer", pi, "sendRecommendation", Map.of());
        completeAs("cabinet-member", pi, "recordExecutiveResponse", Map.of("decision", "not-accepted",
                "reasons", "The policy was reviewed last year.", "leadOfficer", "Head of Education"));
        completeAs("scrutiny-officer", pi, "agreeOutcome", Map.of("outcome", "not-actioned"));

        assertEnded(pi);
        String tracker = ApiClient.anonymous(node.port()).get("/recommendations").body();
        assertThat(tracker).contains("Review the eligibility policy.").contains("The policy was reviewed last year.");
    }

    @Test
    void anInformalDisputeIsAnsweredAndResolved() {
        node.bean(AppClock.class).freezeAt(Instant.parse("2027-03-02T09:00:00Z"));
        Dispute dispute = node.bean(DisputeIntake.class).raise(new DisputeSubmission("CYP-204233", DisputeCategory.DRIFT_AND_DELAY,
                DisputeStage.INFORMAL, "2027-03-01", "Permanence plan has drifted.", null, null, null, null), "iro");
        String pi = instanceOf("dispute-resolution", dispute.getId());

        completeAs("team-manager", pi, "respondInformal", Map.of("response", "A planning meeting is booked."));
        completeAs("iro", pi, "reviewInformalResponse", Map.of("decision", "resolve", "resolution", "Meeting booked."));

        assertEnded(pi);
    }

    @Test
    void anAdministratorOutsideTheDisputeGroupsCountsTheOutboxOnPostgres() {
        node.bean(AppClock.class).freezeAt(Instant.parse("2027-03-02T09:00:00Z"));
        node.bean(DisputeIntake.class).raise(new DisputeSubmission("CYP-204234", DisputeCategory.DRIFT_AND_DELAY,
                DisputeStage.INFORMAL, "2027-03-01", "Permanence plan has drifted.", null, null, null, null), "iro");
        OutboxAdmin outbox = node.bean(OutboxAdmin.class);

        assertThat(outbox.count(List.of(Roles.ADMIN), OutboxStatus.PENDING)).isPositive();
        assertThat(outbox.count(List.of("committee-members"), OutboxStatus.PENDING)).isNotNegative();
        assertThat(outbox.newestFirst(List.of("committee-members"), null, "")).allSatisfy(m -> assertThat(m.getAudience()).isNull());
    }

    @Test
    void everyoneFindsTheSameTasksOnPostgresAsWithTheEnginesOwnTaskQuery() {
        node.bean(AppClock.class).freezeAt(Instant.parse("2027-04-01T09:00:00Z"));
        node.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2027-04-20T14:00"), null);
        node.bean(DisputeIntake.class).raise(new DisputeSubmission("CYP-204235", DisputeCategory.DRIFT_AND_DELAY,
                DisputeStage.INFORMAL, "2027-03-30", "Contact arrangements have not been reviewed.", null, null, null, null), "iro");
        TaskService tasks = node.bean(TaskService.class);
        Task forTheChairs = tasks.newTask();
        forTheChairs.setName("Check the room booking");
        tasks.saveTask(forTheChairs);
        tasks.addCandidateGroup(forTheChairs.getId(), "scrutiny-chairs");

        assertThat(TaskQueryParity.assertSameTasksForEveryone(node.bean(ProcessEngine.class)))
                .as("people who see some tasks but not all").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theGrantsAreReadFromTheIndexesFlywayAddsAfterTheEngineHasCreatedItsTables() {
        JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
        assertThat(jdbc.queryForList("select version from scrutineer_engine_index_history where success", String.class))
                .contains("1");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_authorization'", String.class))
                .contains("scr_idx_auth_person_grants", "scr_idx_auth_group_grants");

        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("vacuum analyze act_ru_authorization");
                statement.execute("set enable_seqscan = off");
                statement.execute("set enable_bitmapscan = off");
                StringBuilder lines = new StringBuilder();
                try (var rows = statement.executeQuery("explain select A.RESOURCE_ID_ from ACT_RU_AUTHORIZATION A"
                        + " where A.TYPE_ in (0, 1) and A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2"
                        + " and A.GROUP_ID_ in ('scrutiny-officers', 'committee-members')")) {
                    while (rows.next()) {
                        lines.append(rows.getString(1)).append('\n');
                    }
                }
                statement.execute("reset all");
                return lines.toString();
            }
        });
        assertThat(plan).contains("Index Only Scan using scr_idx_auth_group_grants");
    }

    @Test
    void theStaffDashboardCountsOpenWorkOnPostgres() {
        node.bean(AppClock.class).freezeAt(Instant.parse("2027-05-03T09:00:00Z"));
        ScheduledMeeting meeting = node.bean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2027-05-18T14:00"), null);
        node.bean(QuestionIntake.class).submit(new QuestionSubmission(meeting.id(), "Bo Resident",
                "bo@example.org", "Exemplar Town", true, "officer", "When will the short-breaks review report?"));

        String dashboard = StaffSession.signIn(node.port(), "clerk", "demo").get("/staff").body();

        assertThat(dashboard).contains("id=\"open-tasks\"").contains("Public question");
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
