package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The action-progress process, path by path, for an action imported on Monday 5 January 2026. The
 * board meets on the last Thursday of the month (29 January); the update is due five working days
 * before it (Thursday 22 January) and is asked for ten working days before that (Thursday 8 January).
 */
@ScrutineerTest
class ActionProgressProcessTest {

    static final Instant IMPORTED = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant ASKED = Instant.parse("2026-01-08T09:00:00Z");
    static final Instant DUE = Instant.parse("2026-01-22T17:00:00Z");

    @Autowired ProcessEngine engine;
    @Autowired ProcessSteps steps;
    @Autowired AppClock clock;
    @Autowired ImprovementFixtures fixtures;
    @Autowired PlanActionRepository actions;
    @Autowired RuntimeService runtimeService;
    @Autowired OutboxRepository outbox;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    private long actionId;
    private ProcessInstance pi;

    @BeforeEach
    void anActionIsImported() {
        init(engine);
        clock.freezeAt(IMPORTED);
        String title = ImprovementFixtures.uniqueTitle("Progress plan");
        long planId = fixtures.imported(title,
                "Our workforce,director,A1,W1 Our workforce,1.1 Caseloads that can be managed,"
                        + "Recruit permanent social workers,Market supplement agreed,2026-03-31,head-of-service,amber",
                "Our workforce,director,A1,,,,First cohort starts,2026-09-30,,",
                "Our workforce,,A2,W1 Our workforce,,Train every manager in supervision,,,,",
                "Our practice,head-of-service,A3,,,Publish the practice model,,,heads-of-service,blue");
        List<PlanAction> held = actions.findByPlanIdOrderByPositionAsc(planId);
        actionId = held.get(0).getId();
        pi = instanceOf(actionId);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ProcessInstance instanceOf(long id) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ActionProgress.PROCESS)
                .processInstanceBusinessKey(ActionProgress.businessKey(id)).singleResult();
    }

    private Task asked() {
        clock.freezeAt(ASKED);
        steps.runDueJobs(pi);
        assertThat(pi).isWaitingAt("updateActionProgress");
        return steps.task(pi, "updateActionProgress");
    }

    private static Map<String, Object> update(String progress, String brag, Object... more) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("progress", progress);
        variables.put("brag", brag);
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        return variables;
    }

    private Brag brag() {
        return transactions.execute(status -> actions.findById(actionId).orElseThrow().getBrag().orElseThrow());
    }

    private List<ActionUpdate> updates() {
        return transactions.execute(status -> new java.util.ArrayList<>(actions.findById(actionId).orElseThrow().getUpdates()));
    }

    private ActionUpdate lastUpdate() {
        List<ActionUpdate> updates = updates();
        return updates.get(updates.size() - 1);
    }

    @Test
    void theLeadIsAskedBeforeTheBoardAndAnUpdateInTimeSetsTheRatingAndAsksAgainForTheNextBoard() {
        assertThat(pi).isWaitingAt("updateOpens");
        assertThat(runtimeService.getVariable(pi.getId(), "boardDate")).isEqualTo("2026-01-29");
        clock.freezeAt(ASKED.minusSeconds(60));
        steps.runDueJobs(pi);
        assertThat(pi).as("not before the update is asked for").isWaitingAt("updateOpens");

        Task task = asked();
        assertThat(task.getAssignee()).isEqualTo("head-of-service");
        assertThat(task.getDueDate()).isEqualTo(Date.from(DUE));
        assertThat(task.getName()).isEqualTo("Update the action's progress: A1 Recruit permanent social workers");
        assertThat(runtimeService.getVariable(pi.getId(), "milestonesText"))
                .isEqualTo("1. Market supplement agreed, by Tuesday 31 March 2026\n2. First cohort starts, by Wednesday 30 September 2026");
        assertThat(runtimeService.getVariable(pi.getId(), "currentRating")).isEqualTo("Amber: behind");

        clock.freezeAt(Instant.parse("2026-01-15T11:00:00Z"));
        steps.complete("head-of-service", task, update("Eleven offers made; caseloads down from 24 to 22.", "green"));

        assertThat(pi).hasPassed("updateActionProgress").isWaitingAt("updateOpens");
        assertThat(runtimeService.getVariable(pi.getId(), "boardDate")).as("the next board").isEqualTo("2026-02-26");
        assertThat(runtimeService.getVariable(pi.getId(), "progress")).as("the next form starts empty").isNull();
        assertThat(brag()).isEqualTo(Brag.GREEN);
        assertThat(updates().stream().map(u -> u.getKind() + " " + u.getBrag().map(Brag::id).orElse("-")
                + " " + u.getUpdatedBy() + " " + u.getUpdatedOn()).toList())
                .containsExactly("IMPORTED amber clerk 2026-01-05", "UPDATED green head-of-service 2026-01-15");
    }

    @Test
    void aMissedUpdateIsKeptAndSentToTheThemesAccountableLeadWhileTheTaskWaitsForTheLead() {
        asked();
        clock.freezeAt(DUE.minusSeconds(1));
        steps.runDueJobs(pi);
        assertThat(pi).hasNotPassed("escalateMissedUpdate");

        clock.freezeAt(DUE.plusSeconds(1));
        steps.runDueJobs(pi);

        assertThat(pi).hasPassed("escalateMissedUpdate", "missedEscalated").isWaitingAt("updateActionProgress");
        List<OutboxMessage> told = outbox.findAll().stream().filter(m -> EscalateMissedUpdate.KIND.equals(m.getKind())
                && m.getBody().contains("Recruit permanent social workers") && m.getBody().contains("Progress plan")).toList();
        assertThat(told).extracting(OutboxMessage::getRecipient).contains("director@council.example");
        assertThat(told.get(0).getSubject()).isEqualTo("No progress update for action A1 of the improvement plan");
        assertThat(told.get(0).getBody()).contains("was due on Thursday 22 January 2026", "for the board of Thursday 29 January 2026",
                "Lead: Hal Head");
        assertThat(lastUpdate().getKind()).isEqualTo(ActionUpdate.Kind.MISSED);
        assertThat(brag()).as("the rating as it was").isEqualTo(Brag.AMBER);
    }

    /** Friday 23 January 2026, the working day after the update fell due. */
    @Test
    void aMissedUpdateShowsInTheLeadsOverdueDigest() {
        asked();
        clock.freezeAt(DUE.plusSeconds(1));
        steps.runDueJobs(pi);
        long before = outbox.count();
        clock.freezeAt(Instant.parse("2026-01-23T08:30:00Z"));

        var sweep = ApiClient.as(port, "demo", "demo").post("/api/admin/reminders/run", "");

        assertThat(sweep.statusCode()).as(sweep.body()).isEqualTo(200);
        assertThat(outbox.findAll().stream().skip(before)
                .filter(m -> "overdue-digest".equals(m.getKind()) && m.getRecipient().startsWith("head-of-service@")))
                .extracting(OutboxMessage::getBody).singleElement().asString()
                .contains("Update the action's progress: A1 Recruit permanent social workers", "due 5pm on Thursday 22 January 2026, 1 working day overdue");
    }

    @Test
    void aBlueWithItsEvidenceIsConfirmedByTheThemesAccountableLeadAndTheActionIsComplete() {
        steps.complete("head-of-service", asked(), update("All posts filled.", "blue", "evidence", "Establishment report, December: 0 vacancies."));

        assertThat(pi).isWaitingAt("confirmCompletion");
        Task confirm = steps.task(pi, "confirmCompletion");
        assertThat(confirm.getAssignee()).isEqualTo("director");
        assertThat(confirm.getName()).isEqualTo("Confirm the action is complete: A1 Recruit permanent social workers");
        assertThat(runtimeService.getVariable(pi.getId(), "evidenceText")).isEqualTo("Establishment report, December: 0 vacancies.");
        assertThat(brag()).as("not Blue until confirmed").isEqualTo(Brag.AMBER);

        steps.complete("director", confirm, Map.of("decision", "confirm"));

        assertThat(pi).hasPassed("actionComplete").isEnded();
        assertThat(brag()).isEqualTo(Brag.BLUE);
        assertThat(lastUpdate().getConfirmation().orElseThrow())
                .isEqualTo(ActionUpdate.Confirmation.CONFIRMED);
    }

    @Test
    void aBlueRefusedLeavesTheRatingAsItWasAndTheLeadIsAskedAgainAtTheNextBoard() {
        steps.complete("head-of-service", asked(), update("All posts filled.", "blue", "evidence", "We think so."));

        steps.complete("director", steps.task(pi, "confirmCompletion"), Map.of("decision", "refuse",
                "refusalReason", "Two posts are filled by agency staff; show the permanent appointments."));

        assertThat(pi).hasPassed("confirmCompletion").hasNotPassed("actionComplete").isWaitingAt("updateOpens");
        assertThat(runtimeService.getVariable(pi.getId(), "boardDate")).isEqualTo("2026-02-26");
        assertThat(brag()).isEqualTo(Brag.AMBER);
        assertThat(lastUpdate().getConfirmationNote())
                .isEqualTo("Two posts are filled by agency staff; show the permanent appointments.");
    }

    @Test
    void anUpdateThatBreaksTheRulesIsRefusedWithEveryReasonAndTheTaskStays() {
        Task task = asked();

        assertThatThrownBy(() -> steps.complete("head-of-service", task, update(" ", "red")))
                .hasRootCauseInstanceOf(EngineRuleRefusal.class)
                .hasMessageContaining("Say what has been done since the last update")
                .hasMessageContaining("Say why the action is off track and what is being done");
        assertThatThrownBy(() -> steps.complete("head-of-service", task, update("Done.", "blue")))
                .hasMessageContaining("Give the evidence that the action is complete");
        assertThatThrownBy(() -> steps.complete("head-of-service", task, update("Later.", "green", "reviseMilestone", 3L,
                "revisedDate", "2026-06-30", "revisionReason", "Waiting for the panel.")))
                .hasMessageContaining("Give the number of one of the action's milestones, 1 to 2");
        assertThatThrownBy(() -> steps.complete("head-of-service", task, update("Later.", "purple")))
                .hasMessageContaining("Choose the action's rating: blue, green, amber, red or grey");

        assertThat(pi).isWaitingAt("updateActionProgress");
        assertThat(updates().size()).isEqualTo(1);
    }

    @Test
    void aMilestoneGivenANewDateKeepsItsFirstDateAndTheReason() {
        clock.freezeAt(ASKED);
        steps.runDueJobs(pi);
        steps.complete("head-of-service", steps.task(pi, "updateActionProgress"), update("The panel meets later than planned.", "amber",
                "reason", "The appointments panel moved to April.", "reviseMilestone", 1L, "revisedDate", "2026-04-30",
                "revisionReason", "The appointments panel moved to April."));

        Milestone revised = transactions.execute(status -> {
            Milestone m = actions.findById(actionId).orElseThrow().getMilestones().get(0);
            m.getRevisions().size();
            return m;
        });
        assertThat(revised.getDueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(revised.getFirstDueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(revised.isRevised()).isTrue();
        assertThat(revised.getRevisions()).singleElement().satisfies(r -> {
            assertThat(r.getFrom()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(r.getTo()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(r.getReason()).isEqualTo("The appointments panel moved to April.");
            assertThat(r.getRevisedBy()).isEqualTo("head-of-service");
        });
    }

    @Test
    void anActionWithNoLeadIsDemocraticServicesAndAnActionImportedCompleteIsNotAskedAgain() {
        List<PlanAction> held = actions.findByPlanIdOrderByPositionAsc(transactions.execute(s -> actions.findById(actionId).orElseThrow().getPlanId()));
        ProcessInstance noLead = instanceOf(held.get(1).getId());
        clock.freezeAt(ASKED);
        steps.runDueJobs(noLead);
        Task task = steps.task(noLead, "updateActionProgress");
        assertThat(task.getAssignee()).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId()).contains("democratic-services");
        assertThat(instanceOf(held.get(2).getId())).as("imported Blue").isNull();
    }
}
