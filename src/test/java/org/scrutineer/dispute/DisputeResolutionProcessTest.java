package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerTest
class DisputeResolutionProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired DisputeIntake intake;
    @Autowired CafcassReferral cafcass;
    @Autowired DisputeRepository disputes;
    @Autowired AppClock clock;

    @BeforeEach
    void firstOfMarch2027() {
        init(engine);
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Dispute raise(String stage, String notifiedOn, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("caseReference", DisputeFixtures.caseReference(), "category", "drift-and-delay",
                "stage", stage, "notifiedOn", notifiedOn, "description", "Permanence plan has drifted for six months."));
        body.putAll(extra);
        return intake.raise(DisputeFixtures.submission(body), "iro");
    }

    private ProcessInstance processOf(Dispute dispute) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("dispute-resolution")
                .processDefinitionKey("dispute-resolution").processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();
    }

    private Dispute reload(Dispute dispute) {
        return disputes.findById(dispute.getId()).orElseThrow();
    }

    private static Date fivePm(String day) {
        return Date.from(LocalDate.parse(day).atTime(LocalTime.of(17, 0)).atZone(LONDON).toInstant());
    }

    private void at(String londonDateTime) {
        clock.freezeAt(java.time.LocalDateTime.parse(londonDateTime).atZone(LONDON).toInstant());
    }

    private Job timer(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    }

    @Test
    void anInformalDisputeIsAnsweredAndResolvedWithinTheTimescale() {
        Dispute dispute = raise("informal", "2027-03-01", Map.of());
        ProcessInstance pi = processOf(dispute);
        assertThat(pi).hasBusinessKey(String.valueOf(dispute.getId())).isWaitingAt("respondInformal")
                .task().hasCandidateGroup("team-managers").hasDueDate(fivePm("2027-03-08"));

        at("2027-03-04T10:00");
        complete(task(pi), withVariables("response", "A permanence planning meeting is booked for next week."));
        assertThat(pi).isWaitingAt("reviewInformalResponse").task().hasCandidateGroup("iro").hasDueDate(fivePm("2027-03-08"));
        assertThat(reload(dispute).getInformalResponse()).startsWith("A permanence planning meeting");

        at("2027-03-05T10:00");
        complete(task(pi), withVariables("decision", "resolve", "resolution", "Meeting booked; plan to be presented at the next review."));
        assertThat(pi).hasPassed("recordOutcome").isEnded().hasNotPassed("escalateToFormal");
        Dispute closed = reload(dispute);
        assertThat(closed.getStatus()).isEqualTo(DisputeStatus.RESOLVED);
        assertThat(closed.getStageReached()).isEqualTo("informal");
        assertThat(closed.getResolution()).startsWith("Meeting booked");
        assertThat(closed.getResolvedOn()).isEqualTo(LocalDate.parse("2027-03-05"));
        assertThat(closed.getWithinTimescale()).isTrue();
    }

    @Test
    void escalationToFormalMakesTheEscalationDateDayZero() {
        Dispute dispute = raise("informal", "2027-03-01", Map.of());
        ProcessInstance pi = processOf(dispute);
        at("2027-03-04T10:00");
        complete(task(pi), withVariables("response", "We do not agree a plan is needed."));
        complete(task(pi), withVariables("decision", "escalate"));

        assertThat(pi).hasPassed("escalateToFormal").isWaitingAt("respondFormal")
                .task().hasCandidateGroup("service-managers").hasDueDate(fivePm("2027-04-05"));
        Dispute formal = reload(dispute);
        assertThat(formal.getStage()).isEqualTo(DisputeStage.FORMAL);
        assertThat(formal.getNotifiedOn()).isEqualTo(LocalDate.parse("2027-03-04"));
        assertThat(formal.getRaisedOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(formal.getMeetingDueBy()).as("day 15 from 4 March").isEqualTo(LocalDate.parse("2027-03-25"));
        assertThat(formal.getResolutionDueBy()).as("day 20, skipping Good Friday and Easter Monday").isEqualTo(LocalDate.parse("2027-04-05"));
        assertThat(timer(pi).getDuedate()).as("no response 5 working days before the meeting day").isEqualTo(fivePm("2027-03-18"));
    }

    @Test
    void aFormalDisputeWithNoResponseGetsItsDayFifteenMeetingAndClimbsTheTiers() {
        Dispute dispute = raise("formal", "2027-03-01", Map.of());
        ProcessInstance pi = processOf(dispute);
        assertThat(pi).isWaitingAt("respondFormal").task().hasCandidateGroup("service-managers").hasDueDate(fivePm("2027-03-31"));
        assertThat(timer(pi).getDuedate()).isEqualTo(fivePm("2027-03-15"));

        at("2027-03-15T17:01");
        execute(timer(pi));
        assertThat(pi).hasPassed("noFormalResponse", "recordNoResponse").isWaitingAt("holdDisputeMeeting")
                .task().hasCandidateGroup("iro").hasDueDate(fivePm("2027-03-22"));
        assertThat(reload(dispute).getNoResponseOn()).isEqualTo(LocalDate.parse("2027-03-15"));

        at("2027-03-18T16:00");
        assertThatThrownBy(() -> complete(task(pi), withVariables("meetingHeldOn", "2027-03-18")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("by role");
        complete(task(pi), withVariables("meetingHeldOn", "2027-03-18", "attendeesByRole", "IRO\nService manager\nSocial worker",
                "agreedPlan", "Care plan to be revised and presented within 10 working days."));
        assertThat(pi).hasPassed("escalateDispute").isWaitingAt("respondFormal")
                .task().hasCandidateGroup("heads-of-service").hasDueDate(fivePm("2027-03-25"));
        Dispute met = reload(dispute);
        assertThat(met.getMeetingHeldOn()).isEqualTo(LocalDate.parse("2027-03-18"));
        assertThat(met.getMeetingAttendees()).contains("Service manager");
        assertThat(met.getEscalationTier()).isEqualTo(1);
        assertThat(timer(pi).getDuedate()).as("the meeting is held: the tier's own deadline").isEqualTo(fivePm("2027-03-25"));

        at("2027-03-25T17:01");
        execute(timer(pi));
        assertThat(pi).isWaitingAt("respondFormal").task().hasCandidateGroup("service-directors")
                .as("five working days would reach 5 April; capped at the resolution day").hasDueDate(fivePm("2027-03-31"));
        assertThat(reload(dispute).getEscalationTier()).isEqualTo(2);

        at("2027-04-06T17:01");
        execute(timer(pi));
        assertThat(pi).as("no tier above the service directors: back to the IRO").isWaitingAt("reviewFormalResponse");
        complete(task(pi), withVariables("decision", "resolve", "resolution", "Director agreed the revised plan."));
        Dispute closed = reload(dispute);
        assertThat(closed.getStageReached()).isEqualTo("formal");
        assertThat(closed.getWithinTimescale()).as("resolved on 6 April, after day 20 (31 March)").isFalse();
        assertThat(pi).isEnded();
    }

    @Test
    void anIntransigentResponseCallsTheMeetingByTheIrosShorterDate() {
        Dispute dispute = raise("formal", "2027-03-01", Map.of("meetingDueBy", "2027-03-10", "resolutionDueBy", "2027-03-15"));
        ProcessInstance pi = processOf(dispute);
        assertThat(pi).isWaitingAt("respondFormal").task().hasDueDate(fivePm("2027-03-15"));
        assertThat(timer(pi).getDuedate()).as("5 working days before the shorter meeting date").isEqualTo(fivePm("2027-03-03"));

        at("2027-03-02T11:00");
        complete(task(pi), withVariables("response", "No change is possible."));
        assertThat(pi).isWaitingAt("reviewFormalResponse");
        complete(task(pi), withVariables("decision", "escalate", "intransigent", true));
        assertThat(pi).isWaitingAt("holdDisputeMeeting").task().hasDueDate(fivePm("2027-03-10"));
    }

    @Test
    void aFormalResponseWithMovementEscalatesWithoutAMeetingAndAnInformalShorterDateIsKept() {
        Dispute formal = raise("formal", "2027-03-01", Map.of());
        ProcessInstance pi = processOf(formal);
        complete(task(pi), withVariables("response", "Partly agreed."));
        complete(task(pi), withVariables("decision", "escalate", "intransigent", false));
        assertThat(pi).hasNotPassed("holdDisputeMeeting").isWaitingAt("respondFormal").task().hasCandidateGroup("heads-of-service");

        Dispute informal = raise("informal", "2027-03-01", Map.of("responseDueBy", "2027-03-03"));
        assertThat(processOf(informal)).task().hasDueDate(fivePm("2027-03-03"));
    }

    @Test
    void theIroMayReferToCafcassAtAnyPoint() {
        Dispute dispute = raise("formal", "2027-03-01", Map.of());
        ProcessInstance pi = processOf(dispute);
        at("2027-03-15T17:01");
        execute(timer(pi));
        assertThat(pi).isWaitingAt("holdDisputeMeeting");

        at("2027-03-16T10:00");
        cafcass.refer(dispute.getId(), LocalDate.parse("2027-03-16"));
        assertThat(pi).isWaitingAt("recordCafcassOutcome").isNotWaitingAt("holdDisputeMeeting")
                .task().hasCandidateGroup("iro").as("20 working days, past Easter").hasDueDate(fivePm("2027-04-15"));
        assertThat(reload(dispute).getCafcassReferredOn()).isEqualTo(LocalDate.parse("2027-03-16"));
        assertThatThrownBy(() -> cafcass.refer(dispute.getId(), LocalDate.parse("2027-03-16"))).isInstanceOf(Refusal.class);

        at("2027-03-30T10:00");
        complete(task(pi), withVariables("cafcassOutcome", "CAFCASS advised the plan be brought to court; the authority agreed."));
        assertThat(pi).hasPassed("referredToCafcass", "cafcassOutcomeRecorded").isEnded();
        Dispute closed = reload(dispute);
        assertThat(closed.getStatus()).isEqualTo(DisputeStatus.REFERRED_TO_CAFCASS);
        assertThat(closed.getStageReached()).isEqualTo("cafcass");
        assertThat(closed.getCafcassOutcome()).startsWith("CAFCASS advised");
        assertThat(closed.getWithinTimescale()).isTrue();
    }

    @Test
    void aLateInformalResolutionIsRecordedAsOutsideTheTimescale() {
        Dispute dispute = raise("informal", "2027-03-01", Map.of());
        ProcessInstance pi = processOf(dispute);
        at("2027-03-10T10:00");
        complete(task(pi), withVariables("response", "Sorry for the delay: a worker is now allocated."));
        assertThatThrownBy(() -> complete(task(pi), withVariables("decision", "resolve")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Record how the dispute was resolved");
        complete(task(pi), withVariables("decision", "resolve", "resolution", "Worker allocated."));
        Dispute closed = reload(dispute);
        assertThat(closed.getResolvedOn()).isEqualTo(LocalDate.parse("2027-03-10"));
        assertThat(closed.getWithinTimescale()).as("due 8 March").isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void anEscalationJustBeforeChristmasCountsPastTheBankHolidaysAndNewYear() {
        at("2026-12-14T10:00");
        Dispute dispute = raise("informal", "2026-12-14", Map.of());
        ProcessInstance pi = processOf(dispute);
        assertThat(pi).task().hasDueDate(fivePm("2026-12-21"));
        at("2026-12-21T10:00");
        complete(task(pi), withVariables("response", "Disagree."));
        assertThat(pi).task().as("two working days for the review").hasDueDate(fivePm("2026-12-23"));
        complete(task(pi), withVariables("decision", "escalate"));

        Dispute formal = reload(dispute);
        assertThat(formal.getNotifiedOn()).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(formal.getMeetingDueBy()).isEqualTo(LocalDate.parse("2027-01-14"));
        assertThat(formal.getResolutionDueBy()).isEqualTo(LocalDate.parse("2027-01-21"));
        assertThat(pi).task().hasDueDate(fivePm("2027-01-21"));
        assertThat(timer(pi).getDuedate()).isEqualTo(fivePm("2027-01-07"));
    }

    @Test
    void aFormalDisputeAroundTheCoronationSkipsTheExtraBankHoliday() {
        at("2023-05-02T10:00");
        Dispute dispute = raise("formal", "2023-05-02", Map.of());
        ProcessInstance pi = processOf(dispute);
        assertThat(reload(dispute).getMeetingDueBy()).isEqualTo(LocalDate.parse("2023-05-24"));
        assertThat(pi).task().hasDueDate(fivePm("2023-06-01"));
        assertThat(timer(pi).getDuedate()).isEqualTo(fivePm("2023-05-17"));
        assertThat(fivePm("2023-06-01")).as("British Summer Time").isEqualTo(Date.from(Instant.parse("2023-06-01T16:00:00Z")));
    }

    @Test
    void escalatingAgainAtTheTopTierReturnsToTheIro() {
        Dispute dispute = raise("formal", "2027-03-01", Map.of("respondentGroup", "service-directors"));
        ProcessInstance pi = processOf(dispute);
        assertThat(pi).task().hasCandidateGroup("service-directors");
        complete(task(pi), withVariables("response", "We will not change the plan."));
        complete(task(pi), withVariables("decision", "escalate", "intransigent", true));
        assertThat(pi).isWaitingAt("holdDisputeMeeting");
        complete(task(pi), withVariables("meetingHeldOn", "2027-03-01", "attendeesByRole", "IRO, service director", "agreedPlan", "None agreed."));
        assertThat(pi).isWaitingAt("reviewFormalResponse");
    }
}
