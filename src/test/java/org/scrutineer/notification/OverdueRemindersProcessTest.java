package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.HistoricInstance;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overdue-reminders process, driven by its own timer job with a moved clock. A team of its
 * own ("reminder-team": Rita and Ravi) keeps these checks apart from tasks other tests leave behind.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdueRemindersProcessTest {

    private static final String FIXTURE = "reminder-fixture";
    private static final String TEAM = "reminder-team";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;

    @BeforeAll
    void setUp() {
        init(engine);
        Group team = identityService.newGroup(TEAM);
        team.setName("Reminder team");
        identityService.saveGroup(team);
        for (String id : List.of("rita", "ravi")) {
            User user = identityService.newUser(id);
            user.setFirstName(id.substring(0, 1).toUpperCase() + id.substring(1));
            user.setLastName("Tester");
            user.setEmail(id + "@reminders.test");
            identityService.saveUser(user);
            identityService.createMembership(id, TEAM);
        }
        repositoryService.createDeployment().addModelInstance(FIXTURE + ".bpmn", Bpmn.createExecutableProcess(FIXTURE)
                .name("Reminder fixture").camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("split")
                .userTask("teamWork").name("Team work").camundaCandidateGroups(TEAM).camundaDueDate("${due}")
                .endEvent()
                .moveToNode("split")
                .userTask("ritasWork").name("Rita's own work").camundaAssignee("rita").camundaDueDate("${due}")
                .endEvent()
                .done()).deploy();
    }

    @AfterEach
    void clearUp() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(FIXTURE).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test finished"));
        clock.reset();
    }

    private void startFixtureDue(String londonDateTime) {
        runtimeService.startProcessInstanceByKey(FIXTURE,
                Map.of("due", LocalDateTime.parse(londonDateTime).atZone(LONDON).toOffsetDateTime().toString()));
    }

    private void at(String londonDateTime) {
        clock.freezeAt(LocalDateTime.parse(londonDateTime).atZone(LONDON).toInstant());
    }

    /** Fires the 08:00 timer as the job executor would, and answers the instance it started. */
    private ProcessInstance fireMorningTimer() {
        Job timer = managementService.createJobQuery().processDefinitionKey("overdue-reminders").timers().singleResult();
        assertThat(timer).as("the morning timer is scheduled").isNotNull();
        List<String> before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("overdue-reminders")
                .list().stream().map(HistoricProcessInstance::getId).toList();
        managementService.executeJob(timer.getId());
        return new HistoricInstance(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("overdue-reminders")
                .list().stream().filter(p -> !before.contains(p.getId())).findFirst().orElseThrow());
    }

    private List<OutboxMessage> mailTo(String email, String kind, LocalDate day) {
        return outbox.findAll().stream()
                .filter(m -> m.getRecipient().equals(email) && m.getKind().equals(kind))
                .filter(m -> m.getCreatedAt().atZone(LONDON).toLocalDate().equals(day))
                .toList();
    }

    @Test
    void eachPersonGetsOneDigestEachWorkingDayAndNoneAtWeekendsOrOnBankHolidays() {
        // Friday 23 May 2025, 5pm: both tasks fall due. Monday 26 May is the Spring bank holiday.
        at("2025-05-20T09:00");
        startFixtureDue("2025-05-23T17:00");

        LocalDate day = LocalDate.parse("2025-05-24");
        for (; !day.isAfter(LocalDate.parse("2025-06-01")); day = day.plusDays(1)) {
            at(day + "T08:00");
            ProcessInstance run = fireMorningTimer();
            boolean workingDay = day.getDayOfWeek().getValue() <= 5 && !day.equals(LocalDate.parse("2025-05-26"));

            assertThat(run).isEnded();
            if (workingDay) {
                assertThat(run).hasPassed("checkWorkingDay", "sendOverdueDigests", "escalateOverdueTasks", "remindersSent");
            } else {
                assertThat(run).hasPassed("checkWorkingDay", "notAWorkingDay").hasNotPassed("sendOverdueDigests");
            }
            int expected = workingDay ? 1 : 0;
            assertThat(mailTo("rita@reminders.test", SendOverdueDigests.KIND, day)).as("Rita on %s", day).hasSize(expected);
            assertThat(mailTo("ravi@reminders.test", SendOverdueDigests.KIND, day)).as("Ravi on %s", day).hasSize(expected);
        }

        OutboxMessage ritasDigest = mailTo("rita@reminders.test", SendOverdueDigests.KIND, LocalDate.parse("2025-05-27")).get(0);
        assertThat(ritasDigest.getSubject()).isEqualTo("2 overdue tasks waiting for you");
        assertThat(ritasDigest.getBody()).contains("Team work (Reminder fixture)", "Rita's own work (Reminder fixture)",
                "due 5pm on Friday 23 May 2025", "1 working day overdue");
        assertThat(mailTo("ravi@reminders.test", SendOverdueDigests.KIND, LocalDate.parse("2025-05-27")).get(0).getBody())
                .contains("Team work").doesNotContain("Rita's own work");
    }

    @Test
    void runningTheSweepAgainTheSameDaySendsNothingNew() {
        at("2025-07-01T09:00");
        startFixtureDue("2025-07-04T17:00");
        at("2025-07-08T08:00");

        ProcessInstance first = runtimeService.startProcessInstanceByMessage("runOverdueReminders");
        assertThat(first).isEnded().hasPassed("sweepRequested", "sendOverdueDigests").variables().containsEntry("digestsSent", 2);
        at("2025-07-08T15:00");
        ProcessInstance second = runtimeService.startProcessInstanceByMessage("runOverdueReminders");
        assertThat(second).isEnded().variables().containsEntry("digestsSent", 0);
        fireMorningTimer();

        assertThat(mailTo("rita@reminders.test", SendOverdueDigests.KIND, LocalDate.parse("2025-07-08"))).hasSize(1);
        assertThat(mailTo("ravi@reminders.test", SendOverdueDigests.KIND, LocalDate.parse("2025-07-08"))).hasSize(1);
    }

    @Test
    void tasksOverduePastTheThresholdAreEscalatedToDemocraticServices() {
        // Due Monday 3 November 2025; more than 3 working days overdue from Friday 7 November.
        at("2025-10-30T09:00");
        startFixtureDue("2025-11-03T17:00");

        at("2025-11-06T08:00");
        fireMorningTimer();
        assertThat(mailTo("clerk@council.example", EscalateOverdueTasks.KIND, LocalDate.parse("2025-11-06"))
                .stream().filter(m -> m.getBody().contains("Reminder fixture")).toList()).isEmpty();

        at("2025-11-07T08:00");
        ProcessInstance run = fireMorningTimer();
        assertThat(run).isEnded().hasPassed("escalateOverdueTasks");

        List<OutboxMessage> escalations = mailTo("clerk@council.example", EscalateOverdueTasks.KIND, LocalDate.parse("2025-11-07"));
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).getBody()).contains("Team work (Reminder fixture)", "4 working days overdue");
        assertThat(taskService.createTaskQuery().processDefinitionKey(FIXTURE).dueBefore(Date.from(Instant.parse("2025-11-04T00:00:00Z")))
                .list()).allSatisfy(task -> assertThat(task.getPriority()).isEqualTo(EscalateOverdueTasks.ESCALATED_PRIORITY));

        at("2025-11-07T12:00");
        runtimeService.startProcessInstanceByMessage("runOverdueReminders");
        assertThat(mailTo("clerk@council.example", EscalateOverdueTasks.KIND, LocalDate.parse("2025-11-07"))).hasSize(1);
    }
}
