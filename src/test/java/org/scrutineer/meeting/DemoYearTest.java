package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default on an empty database, as a newcomer starts it: the demo year is seeded, and
 * each demo login finds its work in the Tasklist through the calls the Tasklist makes, the public
 * finds the meetings with questions open, and the sweep has overdue work to send. A second start on
 * the same database seeds nothing; a start with the reset seeds the year again, once.
 *
 * <p>The clock starts on a Wednesday morning, so that the sweep runs on a working day.
 */
@Tag("own-application")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoYearTest {

    private static final Instant WEDNESDAY_MORNING = Instant.parse("2027-03-10T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MEETING_LINK = Pattern.compile("href=\"/meetings/(\\d+)\"");

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;

    private static ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--scrutineer.data-dir=" + dataDir,
                "--server.port=0",
                "--scrutineer.mail.embedded-port=0",
                "--scrutineer.clock.start=" + WEDNESDAY_MORNING));
        args.addAll(Arrays.asList(more));
        return new SpringApplicationBuilder(ScrutineerApplication.class).run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void aNewcomerStartsTheEmbeddedDefault() {
        app = start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.getBean(AppClock.class).reset();
            app.close();
        }
    }

    private static int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static HttpResponse<String> as(String user, String path) {
        HttpResponse<String> response = ApiClient.as(port(), user, "demo").get(path);
        assertThat(response.statusCode()).as(user + " GET " + path + ": " + response.body()).isLessThan(500);
        return response;
    }

    private static JsonNode json(String user, String path) {
        HttpResponse<String> response = as(user, path);
        assertThat(response.statusCode()).as(user + " GET " + path + ": " + response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> taskKeys(String user, String query) {
        List<String> keys = new ArrayList<>();
        json(user, "/engine-rest/task?" + query).forEach(task -> keys.add(task.path("taskDefinitionKey").asText()));
        return keys;
    }

    private static long count(String user, String query) {
        return json(user, "/engine-rest/task/count?" + query).path("count").asLong();
    }

    private static String now() {
        String engineDate = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC)
                .format(app.getBean(AppClock.class).instant());
        return URLEncoder.encode(engineDate, StandardCharsets.UTF_8);
    }

    private static List<Long> upcomingMeetings() {
        HttpResponse<String> home = ApiClient.anonymous(port()).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        return MEETING_LINK.matcher(home.body()).results().map(m -> Long.valueOf(m.group(1))).distinct().toList();
    }

    @Test
    @Order(1)
    void theClockIsBackWhereItStoodOnceTheYearIsSeeded() {
        assertThat(app.getBean(AppClock.class).instant()).isBetween(WEDNESDAY_MORNING, WEDNESDAY_MORNING.plus(Duration.ofMinutes(10)));
        DemoYear.Seeded seeded = app.getBean(DemoYear.class).lastSeeded().orElseThrow();
        assertThat(seeded.meetings()).isEqualTo(4);
        assertThat(seeded.processes()).as("the meetings, questions, reports, recommendations with their actions, tracked actions, disputes, "
                + "and the improvement plan's five actions, its measure and its recommendation").isEqualTo(28);
    }

    @Test
    @Order(2)
    void thePublicSiteListsTheUpcomingMeetingsWithQuestionsOpenForTheNext() {
        List<Long> upcoming = upcomingMeetings();
        assertThat(upcoming).hasSize(2);
        String next = ApiClient.anonymous(port()).get("/meetings/" + upcoming.get(0)).body();
        assertThat(next).contains("Questions must be received by").doesNotContain("The deadline for questions to this meeting has passed");
        assertThat(ApiClient.anonymous(port()).get("/meetings/" + upcoming.get(0) + "/ask").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void theClerkHasTheReviewersToApproveAndAQuestionToScreen() {
        assertThat(taskKeys("clerk", "candidateUser=clerk")).contains("approveReviewers", "screenQuestion");
        assertThat(count("clerk", "candidateUser=clerk&taskDefinitionKey=approveReviewers")).isOne();
        assertThat(count("clerk", "candidateUser=clerk&taskDefinitionKey=screenQuestion")).isOne();
    }

    @Test
    @Order(3)
    void theScreenedQuestionWaitsForItsAnswer() {
        assertThat(taskKeys("cabinet-member", "candidateUser=cabinet-member")).contains("draftAnswer");
    }

    @Test
    @Order(3)
    void theCabinetMemberHasAResponseDueSoonAndTheCabinetOneOverdue() {
        assertThat(taskKeys("cabinet-member", "assignee=cabinet-member")).containsExactly("recordExecutiveResponse");
        assertThat(count("cabinet-member", "assignee=cabinet-member&dueBefore=" + now())).as("due soon, not yet overdue").isZero();
        assertThat(count("cabinet-member", "candidateUser=cabinet-member&taskDefinitionKey=recordExecutiveResponse")).isEqualTo(2);
        assertThat(count("cabinet-member", "candidateUser=cabinet-member&taskDefinitionKey=recordExecutiveResponse&dueBefore=" + now()))
                .isOne();
    }

    @Test
    @Order(3)
    void eachReportStageHasItsPeople() {
        assertThat(count("reviewer-finance", "candidateUser=reviewer-finance&taskDefinitionKey=reviewReport")).isOne();
        assertThat(count("reviewer-legal", "candidateUser=reviewer-legal&taskDefinitionKey=reviewReport")).isOne();
        assertThat(count("reviewer-governance", "candidateUser=reviewer-governance&taskDefinitionKey=reviewReport")).isZero();
        assertThat(count("author", "assignee=author&taskDefinitionKey=reviseReport")).isOne();
        assertThat(ApiClient.anonymous(port()).get("/meetings/" + upcomingMeetings().get(0) + "/reports").body())
                .contains("Annual report of the independent reviewing officer service")
                .doesNotContain("Sufficiency of foster placements");
    }

    @Test
    @Order(3)
    void theIroSeesBothDisputesAndNobodyElseDoes() {
        assertThat(taskKeys("iro", "candidateUser=iro")).containsExactly("holdDisputeMeeting");
        assertThat(taskKeys("team-manager", "candidateUser=team-manager")).containsExactly("respondInformal");
        assertThat(as("iro", "/api/disputes").body()).contains("CYP-204817", "CYP-311052");
        for (String outsider : List.of("clerk", "cabinet-member", "author", "member")) {
            assertThat(as(outsider, "/engine-rest/task?maxResults=1000").body()).as(outsider).doesNotContain("dispute");
            assertThat(as(outsider, "/api/disputes").statusCode()).as(outsider).isEqualTo(404);
        }
    }

    @Test
    @Order(3)
    void severalPeopleHaveOverdueWorkAndTheSweepSendsThemTheirDigests() {
        assertThat(count("clerk", "candidateUser=clerk&dueBefore=" + now())).isPositive();
        assertThat(count("reviewer-finance", "candidateUser=reviewer-finance&dueBefore=" + now())).isPositive();
        assertThat(count("author", "assignee=author&dueBefore=" + now())).isPositive();
        assertThat(count("cabinet-member", "candidateUser=cabinet-member&dueBefore=" + now())).isPositive();
        assertThat(count("team-manager", "candidateUser=team-manager&dueBefore=" + now())).isPositive();

        HttpResponse<String> sweep = ApiClient.as(port(), "demo", "demo").post("/api/admin/reminders/run", "");
        assertThat(sweep.statusCode()).as(sweep.body()).isEqualTo(200);
        assertThat(sweep.body()).contains("\"workingDay\":true");
        List<String> digestedPeople = new ArrayList<>();
        json("demo", "/api/admin/outbox").forEach(mail -> {
            if ("overdue-digest".equals(mail.path("kind").asText())) {
                digestedPeople.add(mail.path("to").asText());
            }
        });
        assertThat(digestedPeople).as("today's digests, from this sweep or the morning's")
                .contains("clerk@council.example", "reviewer-finance@council.example", "author@council.example",
                        "cabinet-member@council.example", "team-manager@council.example");
    }

    @Test
    @Order(3)
    void theTrackerShowsTheHistoryAndTheYear() {
        String tracker = ApiClient.anonymous(port()).get("/recommendations").body();
        assertThat(tracker).contains("Care leavers", "Sufficiency of SEND places", "Children&#39;s social care workforce");
    }

    @Test
    @Order(3)
    void theImprovementPlanHasBeenUpdatedForEachBoardAndItsLeadsHaveTheNextUpdateOpen() {
        JsonNode plan = null;
        for (JsonNode summary : json("clerk", "/api/plans")) {
            if (summary.path("title").asText().equals("Children's Services Improvement Plan")) {
                plan = json("clerk", "/api/plans/" + summary.path("id").asLong());
            }
        }
        assertThat(plan).as("the demo plan").isNotNull();
        List<String> updates = new ArrayList<>();
        plan.findValues("lastUpdate").forEach(u -> updates.add(u.path("kind").asText() + " " + u.path("brag").asText() + " " + u.path("updatedBy").asText()));
        assertThat(updates).hasSize(5).contains("updated green head-of-service", "updated amber team-manager", "updated green service-manager");
        assertThat(plan.path("measures").get(0).path("quarters").get(0).path("actual").asText()).isEqualTo("22.6");
        assertThat(plan.path("recommendations").get(0).path("status").asText()).isEqualTo("progressing");
        assertThat(taskKeys("head-of-service", "assignee=head-of-service")).as("the update for the next board").contains("updateActionProgress");
        assertThat(ApiClient.anonymous(port()).get("/improvement-plans/" + plan.path("id").asLong()).body())
                .contains("Children&#39;s Services Improvement Plan");
    }

    private static List<String> members() {
        return json("clerk", "/api/committees/cyp/members").findValuesAsText("name");
    }

    @Test
    @Order(3)
    void eachAgendaDueByNowWasPublishedAtNineOnItsDayAndADraftWaitsForTheClerk() {
        LocalDateTime now = LocalDateTime.ofInstant(app.getBean(AppClock.class).instant(), AppClock.LONDON);
        int published = 0;
        for (JsonNode meeting : json("clerk", "/api/meetings")) {
            long id = meeting.path("id").asLong();
            LocalDate publication = LocalDate.parse(meeting.path("agendaPublicationDate").asText());
            LocalDate reportDeadline = LocalDate.parse(meeting.path("reportDeadline").asText());
            HttpResponse<String> agenda = as("clerk", "/api/meetings/" + id + "/agenda");
            if (publication.atTime(9, 0).isBefore(now)) {
                JsonNode body = json("clerk", "/api/meetings/" + id + "/agenda");
                assertThat(body.path("status").asText()).as("meeting %d", id).isEqualTo("published");
                assertThat(LocalDateTime.ofInstant(Instant.parse(body.path("publishedAt").asText()), AppClock.LONDON))
                        .as("9am London on the publication date").isEqualTo(publication.atTime(9, 0));
                assertThat(ApiClient.anonymous(port()).get("/meetings/" + id + "/agenda.pdf").statusCode()).isEqualTo(200);
                published++;
            } else if (reportDeadline.atTime(17, 0).isBefore(now)) {
                assertThat(json("clerk", "/api/meetings/" + id + "/agenda").path("status").asText()).isEqualTo("draft");
                assertThat(taskKeys("clerk", "candidateUser=clerk")).as("the agenda to prepare").contains("prepareAgenda");
            } else {
                assertThat(agenda.statusCode()).as("not drafted before the report deadline").isEqualTo(404);
            }
        }
        assertThat(published).as("at least the two past meetings").isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(3)
    void theFirstPastMeetingsDraftMinutesArePublishedAndTheLastMeetingsWaitForTheClerk() {
        LocalDateTime now = LocalDateTime.ofInstant(app.getBean(AppClock.class).instant(), AppClock.LONDON);
        java.util.TreeMap<LocalDateTime, Long> past = new java.util.TreeMap<>();
        for (JsonNode meeting : json("clerk", "/api/meetings")) {
            LocalDateTime startsAt = LocalDateTime.parse(meeting.path("startsAt").asText());
            if (startsAt.isBefore(now)) {
                past.put(startsAt, meeting.path("id").asLong());
            }
        }
        List<String> statuses = past.values().stream()
                .map(id -> json("clerk", "/api/meetings/" + id + "/minutes").path("status").asText()).toList();
        assertThat(statuses).as("the past meetings' minutes, in date order").containsExactly("draft-published", "recording");
        long first = past.firstEntry().getValue();
        HttpResponse<String> draft = ApiClient.anonymous(port()).get("/meetings/" + first + "/minutes");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("Draft: to be confirmed at the next meeting", "That the work programme be agreed.");
        assertThat(taskKeys("clerk", "candidateUser=clerk")).as("the last meeting's minutes to record").contains("recordMinutes");
        assertThat(taskKeys("chair", "candidateUser=chair")).doesNotContain("approveDraftMinutes");
    }

    @Test
    @Order(3)
    void theWorkProgrammeIsPlannedForTheNextMeetingsAndInReserve() {
        JsonNode programme = json("scrutiny-officer", "/api/committees/cyp/work-programme");
        assertThat(programme.findValuesAsText("topic")).contains("Sufficiency of foster placements", "Care leavers' housing");
        assertThat(programme.findValuesAsText("status")).contains("scheduled", "proposed");
        assertThat(ApiClient.anonymous(port()).get("/committees/cyp/work-programme").body()).contains("Sufficiency of foster placements");
    }

    @Test
    @Order(3)
    void theLastMeetingsActionsWaitOnThePoliceAndTheDirectorsWithTheCareBoardsAnswerIn() {
        JsonNode actions = json("clerk", "/api/actions?committee=cyp");
        assertThat(actions.findValuesAsText("ownerName")).contains("Dr Alex Rivers", "Inspector Jo Khan", "Directors");
        JsonNode icb = java.util.stream.StreamSupport.stream(actions.spliterator(), false)
                .filter(a -> a.path("ownerName").asText().equals("Dr Alex Rivers")).findFirst().orElseThrow();
        assertThat(icb.path("status").asText()).isEqualTo("RESPONDED");
        assertThat(icb.path("response").asText()).contains("Median waits");
        String page = ApiClient.anonymous(port()).get("/committees/cyp/actions").body();
        assertThat(page).contains("Median waits", "Inspector Jo Khan").doesNotContain("jo.khan@police.example.org");
        assertThat(taskKeys("director", "candidateUser=director")).contains("respondToAction");
    }

    @Test
    @Order(3)
    void theCommitteeHasItsMembersWithTheirCoOptedMembers() {
        JsonNode members = json("member", "/api/committees/cyp/members");
        assertThat(members.get(0).path("role").asText()).isEqualTo("chair");
        assertThat(members.findValuesAsText("represents")).contains("Representative of the Diocese of Hereford",
                "Parent governor representative for the special school sector");
    }

    @Test
    @Order(4)
    void aSecondStartSeedsNothingAndAResetSeedsTheYearAgain() {
        HttpResponse<String> added = ApiClient.as(port(), "clerk", "demo").post("/api/committees/cyp/members",
                "{\"name\":\"Cllr Added In The Demo\",\"role\":\"member\",\"from\":\"2027-03-01\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        List<String> members = members();
        long instances = json("demo", "/engine-rest/process-instance/count").path("count").asLong();
        long tasks = count("demo", "");
        app.close();

        app = start();
        assertThat(app.getBean(DemoYear.class).lastSeeded()).isEmpty();
        assertThat(upcomingMeetings()).hasSize(2);
        assertThat(json("demo", "/engine-rest/process-instance/count").path("count").asLong()).isEqualTo(instances);
        assertThat(count("demo", "")).isEqualTo(tasks);
        assertThat(members()).as("a change made since the seeding is kept").isEqualTo(members).contains("Cllr Added In The Demo");
        app.close();

        app = start("--scrutineer.demo-data.reset=true");
        assertThat(app.getBean(DemoYear.class).lastSeeded()).isPresent();
        assertThat(upcomingMeetings()).hasSize(2);
        assertThat(json("demo", "/engine-rest/process-instance/count").path("count").asLong()).isEqualTo(instances);
        assertThat(count("clerk", "candidateUser=clerk&taskDefinitionKey=approveReviewers")).isOne();
        assertThat(members()).as("the members as config lists them").doesNotContain("Cllr Added In The Demo")
                .contains("Canon Judith Ashworth", "Mark Sutherland").hasSize(members.size() - 1);
    }

    @Test
    @Order(5)
    void seedingAgainWhileTheJobExecutorRunsStopsItForTheStoryAndStartsItAfter() {
        JobExecutor executor = ((ProcessEngineImpl) app.getBean(ProcessEngine.class)).getProcessEngineConfiguration().getJobExecutor();
        assertThat(executor.isActive()).isTrue();
        long instances = json("demo", "/engine-rest/process-instance/count").path("count").asLong();

        DemoYear.Seeded seeded = app.getBean(DemoYear.class).seedAgain();

        assertThat(seeded.processes()).isEqualTo(28);
        assertThat(executor.isActive()).isTrue();
        assertThat(json("demo", "/engine-rest/process-instance/count").path("count").asLong()).isEqualTo(instances);
        assertThat(app.getBean(AppClock.class).instant()).isAfter(WEDNESDAY_MORNING);
    }
}
