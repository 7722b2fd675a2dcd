package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * The protocol's formal stage lasts at most 20 working days: every escalation tier answers by the
 * resolution day, and an escalation too late for the next tier goes straight to the top, with the
 * IRO and the service director told.
 */
@ScrutineerTest
class FormalStageTimescaleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired DisputeIntake intake;
    @Autowired DisputeRepository disputes;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;

    @BeforeEach
    void engine() {
        init(engine);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void at(String londonDateTime) {
        clock.freezeAt(LocalDateTime.parse(londonDateTime).atZone(LONDON).toInstant());
    }

    private static Date fivePm(String day) {
        return Date.from(LocalDate.parse(day).atTime(LocalTime.of(17, 0)).atZone(LONDON).toInstant());
    }

    private Dispute raiseFormal(String notifiedOn, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "incomplete-plan",
                "stage", "formal", "notifiedOn", notifiedOn, "description", "The pathway plan leaves out education."));
        body.putAll(extra);
        return intake.raise(DisputeFixtures.submission(body), "iro");
    }

    private ProcessInstance processOf(Dispute dispute) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("dispute-resolution")
                .processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();
    }

    private Dispute reload(Dispute dispute) {
        return disputes.findById(dispute.getId()).orElseThrow();
    }

    private Job timer(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    }

    private List<OutboxMessage> lateEscalationMailSince(long lastId) {
        return outbox.findAll(Sort.by("id")).stream()
                .filter(m -> m.getId() > lastId && m.getKind().equals(TellLateEscalation.KIND)).toList();
    }

    private long lastMailId() {
        return outbox.findAll(Sort.by("id")).stream().mapToLong(OutboxMessage::getId).max().orElse(0);
    }

    /** Answered on 2 January, reviewed and escalated without a meeting on {@code escalatedAt}. */
    private ProcessInstance answeredAndEscalated(Dispute dispute, String answeredAt, String escalatedAt) {
        ProcessInstance pi = processOf(dispute);
        at(answeredAt);
        complete(task(pi), withVariables("response", "We will add education to the plan at the next review."));
        at(escalatedAt);
        complete(task(pi), withVariables("decision", "escalate", "intransigent", false));
        return pi;
    }

    @Test
    void anEscalationTwoDaysBeforeTheResolutionDayIsDueOnItNotFiveWorkingDaysLater() {
        at("2024-12-16T10:00");
        Dispute dispute = raiseFormal("2024-12-16", Map.of());
        assertThat(dispute.getResolutionDueBy()).as("day 20, past Christmas, Boxing Day and New Year's Day")
                .isEqualTo(LocalDate.parse("2025-01-16"));
        assertThat(processOf(dispute)).task().hasCandidateGroup("service-managers").hasDueDate(fivePm("2025-01-16"));
        long lastMail = lastMailId();

        ProcessInstance pi = answeredAndEscalated(dispute, "2025-01-02T10:00", "2025-01-14T10:00");

        assertThat(pi).hasPassed("escalateDispute").hasNotPassed("tellLateEscalation").isWaitingAt("respondFormal")
                .task().hasCandidateGroup("heads-of-service").as("not 21 January").hasDueDate(fivePm("2025-01-16"));
        Dispute escalated = reload(dispute);
        assertThat(escalated.getEscalationTier()).isEqualTo(1);
        assertThat(escalated.getTierDueBy()).isEqualTo(LocalDate.parse("2025-01-16"));
        assertThat(timer(pi).getDuedate()).isEqualTo(fivePm("2025-01-16"));
        assertThat(lateEscalationMailSince(lastMail)).isEmpty();
    }

    @Test
    void anEscalationOneWorkingDayBeforeTheResolutionDayStillGoesToTheNextTier() {
        at("2024-12-16T10:00");
        Dispute dispute = raiseFormal("2024-12-16", Map.of());
        ProcessInstance pi = answeredAndEscalated(dispute, "2025-01-02T10:00", "2025-01-15T16:00");

        assertThat(pi).hasNotPassed("tellLateEscalation").task().hasCandidateGroup("heads-of-service").hasDueDate(fivePm("2025-01-16"));
    }

    @Test
    void anEscalationOnTheResolutionDayGoesStraightToTheTopTierAndTellsTheIroAndTheServiceDirector() {
        at("2025-04-02T10:00");
        Dispute dispute = raiseFormal("2025-04-02", Map.of());
        assertThat(dispute.getResolutionDueBy()).as("day 20, past Good Friday and Easter Monday").isEqualTo(LocalDate.parse("2025-05-02"));
        long lastMail = lastMailId();

        ProcessInstance pi = answeredAndEscalated(dispute, "2025-04-10T10:00", "2025-05-02T11:00");

        assertThat(pi).hasPassed("escalateDispute", "tellLateEscalation").isWaitingAt("respondFormal")
                .task().hasCandidateGroup("service-directors")
                .as("the next working day, after the early May bank holiday").hasDueDate(fivePm("2025-05-06"));
        Dispute escalated = reload(dispute);
        assertThat(escalated.getEscalationTier()).as("past the heads of service").isEqualTo(2);
        assertThat(escalated.getTierDueBy()).isEqualTo(LocalDate.parse("2025-05-06"));

        List<OutboxMessage> told = lateEscalationMailSince(lastMail);
        assertThat(told).extracting(OutboxMessage::getRecipient)
                .contains("iro@council.example", "service-director@council.example")
                .doesNotContain("head-of-service@council.example", "service-manager@council.example");
        for (OutboxMessage mail : told) {
            assertThat(mail.getSubject()).isEqualTo("IRO dispute escalated straight to the top tier");
            assertThat(mail.getBody()).contains("Respond to the formal dispute", "5pm on Tuesday 6 May 2025",
                    "http://scrutineer.test/camunda/app/tasklist/default/");
            assertThat(mail.getSubject() + mail.getBody()).as("nothing about the case")
                    .doesNotContain(dispute.getCaseReference(), "education", "Incomplete plan", "incomplete-plan");
            assertThat(mail.getAudience()).as("only the dispute groups see it in the outbox").contains("iro", "service-directors")
                    .doesNotContain("democratic-services");
        }
    }

    @Test
    void anEscalationAfterTheResolutionDayAlsoGoesToTheTopTierAndTellsThem() {
        at("2024-12-16T10:00");
        Dispute dispute = raiseFormal("2024-12-16", Map.of());
        ProcessInstance pi = processOf(dispute);
        assertThat(timer(pi).getDuedate()).as("5 working days before the day 15 meeting").isEqualTo(fivePm("2025-01-02"));
        at("2025-01-02T17:01");
        execute(timer(pi));
        assertThat(pi).isWaitingAt("holdDisputeMeeting");
        long lastMail = lastMailId();

        at("2025-01-17T10:00");
        complete(task(pi), withVariables("meetingHeldOn", "2025-01-17", "attendeesByRole", "IRO, service manager",
                "agreedPlan", "None agreed."));

        assertThat(pi).hasPassed("tellLateEscalation").isWaitingAt("respondFormal")
                .task().hasCandidateGroup("service-directors").hasDueDate(fivePm("2025-01-20"));
        assertThat(lateEscalationMailSince(lastMail)).extracting(OutboxMessage::getRecipient)
                .contains("iro@council.example", "service-director@council.example");
    }

    @Test
    void theIrosShorterResolutionDayCapsEveryTier() {
        at("2024-12-16T10:00");
        Dispute dispute = raiseFormal("2024-12-16", Map.of("resolutionDueBy", "2025-01-08"));
        ProcessInstance pi = answeredAndEscalated(dispute, "2024-12-20T10:00", "2025-01-06T10:00");

        assertThat(pi).task().hasCandidateGroup("heads-of-service").as("not 13 January").hasDueDate(fivePm("2025-01-08"));
    }
}
