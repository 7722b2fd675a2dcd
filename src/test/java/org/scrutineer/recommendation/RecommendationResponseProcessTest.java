package org.scrutineer.recommendation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.scrutineer.HistoricInstance;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerTest
class RecommendationResponseProcessTest {

    @Autowired org.scrutineer.workprogramme.WorkProgramme workProgramme;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    private static final AtomicInteger TOPICS = new AtomicInteger();

    @Autowired ProcessEngine engine;
    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired RecommendationIntake intake;
    @Autowired RecommendationRepository recommendations;
    @Autowired MeetingService meetings;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void theCommitteeMetOnTwelfthJanuary2027() {
        init(engine);
        meeting = RecommendationFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        identityService.clearAuthentication();
        clock.reset();
    }

    private Recommendation recommend(String addressee, String scrutinyType) {
        return intake.record(new RecommendationSubmission(meeting.id(), "Process topic " + TOPICS.incrementAndGet(), "1",
                "That school transport for children in care is reviewed.", addressee, scrutinyType, null));
    }

    private ProcessInstance processOf(Recommendation r) {
        return new HistoricInstance(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(r.getId()))
                .processDefinitionKey("recommendation-response").singleResult());
    }

    private Recommendation reload(Recommendation r) {
        return recommendations.findById(r.getId()).orElseThrow();
    }

    private List<OutboxMessage> mail(Recommendation r, String kind) {
        return outbox.findAll().stream().filter(m -> m.getKind().equals(kind) && m.getSubject().contains(r.getTopic() + ",")).toList();
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    /** Sends the recommendation on the day the clock shows. */
    private ProcessInstance sent(Recommendation r) {
        ProcessInstance pi = processOf(r);
        assertThat(pi).hasBusinessKey(String.valueOf(r.getId())).isWaitingAt("sendRecommendation")
                .task().hasCandidateGroup("statutory-scrutiny-officer");
        complete(task(pi));
        assertThat(pi).hasPassed("emailRecommendation").isWaitingAt("recordExecutiveResponse");
        return pi;
    }

    private void runDueJobs(ProcessInstance pi) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().rootProcessInstanceId(pi.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** The follow-up of each accepted action, the process the recommendation calls for it. */
    private List<ProcessInstance> followUps(ProcessInstance pi) {
        return historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId()).list().stream()
                .map(f -> (ProcessInstance) new HistoricInstance(f)).toList();
    }

    private List<Task> progressUpdates(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).taskDefinitionKey("provideProgressUpdate").list();
    }

    private void respond(ProcessInstance pi, Map<String, Object> response) {
        assertThat(pi).isWaitingAt("recordExecutiveResponse").task().hasCandidateGroup("cabinet");
        complete(task("recordExecutiveResponse", pi), response);
    }

    @Test
    void aRecommendationToTheCommitteeItselfGoesToTheWorkProgramme() throws Exception {
        Recommendation r = recommend("committee", "general");
        ProcessInstance pi = processOf(r);
        assertThat(pi).hasPassed("addToWorkProgramme", "addedToWorkProgramme").hasNotPassed("sendRecommendation").isEnded();
        assertThat(reload(r).getClosure()).isEqualTo("added-to-work-programme");
        assertThat(reload(r).getClosedOn()).isEqualTo(LocalDate.of(2027, 1, 12));

        org.scrutineer.workprogramme.WorkProgrammeItem item = workProgramme.get(reload(r).getWorkProgrammeItemId());
        assertThat(item.getRecommendationId()).as("linked both ways").isEqualTo(r.getId());
        assertThat(item.getStatus()).isEqualTo(org.scrutineer.workprogramme.ItemStatus.PROPOSED);
        assertThat(item.getSource()).isEqualTo(org.scrutineer.workprogramme.ItemSource.RECOMMENDATION);
        assertThat(item.getTopic()).isEqualTo(r.getTopic() + ": recommendation 1");
        assertThat(item.getObjectives()).isEqualTo("That school transport for children in care is reviewed.");
        assertThat(item.isReserve()).isTrue();
        assertThat(workProgramme.forYear(item.getCommitteeId(), item.getYearBegins())).extracting(org.scrutineer.workprogramme.WorkProgrammeItem::getId)
                .contains(item.getId());

        String tracker = mvc.perform(get("/recommendations")).andReturn().getResponse().getContentAsString();
        assertThat(tracker).as("the public tracker links to the item").contains("href=\"/work-programme/items/" + item.getId() + "\"");
        MvcResult found = mvc.perform(get("/work-programme/items/" + item.getId())).andReturn();
        assertThat(found.getResponse().getRedirectedUrl()).isEqualTo("/committees/" + item.getCommitteeId() + "/work-programme?year="
                + item.getYearBegins().getYear() + "#item-" + item.getId());
        assertThat(mvc.perform(get("/work-programme/items/99999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void sendingEmailsTheRecommendationAndTheResponseIsDueTwoCalendarMonthsLater() {
        Recommendation r = recommend("executive", "general");
        ProcessInstance pi = sent(r);

        Recommendation sent = reload(r);
        assertThat(sent.getDateSent()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(sent.getDueDate()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(task("recordExecutiveResponse", pi)).hasDueDate(at("2027-03-12T17:00:00Z"));
        assertThat(mail(r, "recommendation-sent")).extracting(OutboxMessage::getRecipient)
                .contains("cabinet-member@council.example");
        assertThat(mail(r, "recommendation-sent").get(0).getBody()).contains("school transport", "Friday 12 March 2027");
    }

    @Test
    void aGivenAddressOrThePortfolioHolderReceivesTheRecommendation() {
        Recommendation r = recommend("partner", "general");
        complete(task(processOf(r)), withVariables("sendTo", "chief.executive@nhs.example"));
        assertThat(mail(r, "recommendation-sent")).extracting(OutboxMessage::getRecipient).containsExactly("chief.executive@nhs.example");

        Recommendation toHolder = intake.record(new RecommendationSubmission(meeting.id(), "Process topic " + TOPICS.incrementAndGet(), "2",
                "That the portfolio holder reports on placements.", "cabinet-member", "general", "cabinet-member"));
        ProcessInstance pi = sent(toHolder);
        assertThat(mail(toHolder, "recommendation-sent")).extracting(OutboxMessage::getRecipient).containsExactly("cabinet-member@council.example");
        assertThat(task("recordExecutiveResponse", pi)).isAssignedTo("cabinet-member");
    }

    @Test
    void healthAndCrimeAndDisorderResponsesAreDueIn28Days() {
        ProcessInstance health = sent(recommend("partner", "health"));
        ProcessInstance crime = sent(recommend("executive", "crime-and-disorder"));
        assertThat(reload(recommendations.findById(Long.valueOf(health.getBusinessKey())).orElseThrow()).getDueDate())
                .isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(recommendations.findById(Long.valueOf(crime.getBusinessKey())).orElseThrow().getDueDate())
                .isEqualTo(LocalDate.of(2027, 2, 9));
    }

    @Test
    void sentOnThirtyFirstDecemberTheResponseIsDueOnTheLastDayOfFebruary() {
        Recommendation ordinaryYear = recommend("executive", "general");
        Recommendation leapYear = recommend("executive", "general");
        clock.freezeAt(Instant.parse("2026-12-31T10:00:00Z"));
        sent(ordinaryYear);
        clock.freezeAt(Instant.parse("2027-12-31T10:00:00Z"));
        sent(leapYear);
        assertThat(reload(ordinaryYear).getDueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(reload(leapYear).getDueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void theExecutiveIsRemindedTenWorkingDaysBeforeAndOnTheDueDateAndTheOfficerIsToldTheDayAfter() {
        Recommendation r = recommend("executive", "general");
        ProcessInstance pi = sent(r);

        clock.freezeAt(Instant.parse("2027-02-26T07:59:00Z"));
        runDueJobs(pi);
        assertThat(mail(r, "recommendation-due-soon")).isEmpty();

        clock.freezeAt(Instant.parse("2027-02-26T08:00:01Z"));
        runDueJobs(pi);
        assertThat(pi).hasPassed("remindBeforeDue").isWaitingAt("recordExecutiveResponse");
        assertThat(mail(r, "recommendation-due-soon")).extracting(OutboxMessage::getRecipient).contains("cabinet-member@council.example");
        assertThat(mail(r, "recommendation-due-today")).isEmpty();

        clock.freezeAt(Instant.parse("2027-03-12T08:00:01Z"));
        runDueJobs(pi);
        assertThat(mail(r, "recommendation-due-today")).extracting(OutboxMessage::getRecipient).contains("cabinet-member@council.example");
        assertThat(mail(r, "recommendation-overdue")).isEmpty();

        clock.freezeAt(Instant.parse("2027-03-13T08:00:01Z"));
        runDueJobs(pi);
        assertThat(pi).hasPassed("escalateOverdueResponse").isWaitingAt("recordExecutiveResponse");
        assertThat(mail(r, "recommendation-overdue")).extracting(OutboxMessage::getRecipient)
                .contains("scrutiny-officer@council.example").doesNotContain("cabinet-member@council.example");
        assertThat(mail(r, "recommendation-due-soon")).hasSize(mail(r, "recommendation-due-today").size());
    }

    @Test
    void anExtensionMovesTheDueDateKeepsTheHistoryAndIsReportedToTheCommittee() {
        Recommendation r = recommend("executive", "general");
        ProcessInstance pi = sent(r);

        assertThatThrownBy(() -> respond(pi, withVariables("requestExtension", true, "newDueDate", "2027-04-30")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> respond(pi, withVariables("requestExtension", true, "extensionReason", "Budget", "newDueDate", "2027-03-01")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("after the current due date");

        respond(pi, withVariables("requestExtension", true, "extensionReason", "The budget is set in March.", "newDueDate", "2027-04-30"));

        assertThat(pi).hasPassed("extendDueDate").isWaitingAt("recordExecutiveResponse");
        Recommendation extended = reload(r);
        assertThat(extended.getDueDate()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(extended.getDueDateChanges()).singleElement().satisfies(c -> {
            assertThat(c.getPreviousDueDate()).isEqualTo(LocalDate.of(2027, 3, 12));
            assertThat(c.getNewDueDate()).isEqualTo(LocalDate.of(2027, 4, 30));
            assertThat(c.getReason()).isEqualTo("The budget is set in March.");
        });
        assertThat(mail(r, "recommendation-extension")).extracting(OutboxMessage::getRecipient)
                .contains("chair@council.example", "clerk@council.example");
        assertThat(mail(r, "recommendation-extension").get(0).getBody()).contains("The budget is set in March.", "2027-03-12", "2027-04-30");
        assertThat(task("recordExecutiveResponse", pi)).hasDueDate(at("2027-04-30T16:00:00Z"));
        Job before = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("tenWorkingDaysBefore").singleResult();
        assertThat(before.getDuedate()).isEqualTo(at("2027-04-16T07:00:00Z"));

        clock.freezeAt(Instant.parse("2027-03-13T09:00:00Z"));
        runDueJobs(pi);
        assertThat(mail(r, "recommendation-overdue")).isEmpty();
    }

    @Test
    void anAcceptedResponseIsSavedReportedAndItsActionsAreFollowedUntilTheCommitteeAgreesTheOutcome() {
        Recommendation r = recommend("executive", "general");
        ProcessInstance pi = sent(r);
        clock.freezeAt(Instant.parse("2027-02-20T10:00:00Z"));

        respond(pi, withVariables("decision", "accepted", "leadOfficer", "Director of Children's Services", "actions", List.of(
                Map.of("action", "Review the transport policy", "owner", "director", "byWhen", "2027-06-30", "successMeasure", "Policy approved"),
                Map.of("action", "Survey foster carers", "owner", "Head of Fostering", "byWhen", "2027-09-30", "successMeasure", "80% reply"))));

        assertThat(pi).hasPassed("saveExecutiveResponse", "reportResponse").isWaitingAt("agreeOutcome", "followAction");
        assertThat(followUps(pi)).hasSize(2).allSatisfy(f -> assertThat(f).hasProcessDefinitionKey("recommendation-action-follow-up")
                .hasBusinessKey(pi.getBusinessKey()).isWaitingAt("waitForUpdate"));
        Recommendation responded = reload(r);
        assertThat(responded.getDecision()).isEqualTo("accepted");
        assertThat(responded.getDateReceived()).isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(responded.getLeadOfficer()).isEqualTo("Director of Children's Services");
        assertThat(responded.getActions()).extracting(RecommendationAction::getOwner).containsExactly("director", "Head of Fostering");
        assertThat(mail(r, "recommendation-response")).extracting(OutboxMessage::getRecipient).contains("chair@council.example", "clerk@council.example");
        assertThat(mail(r, "recommendation-response").get(0).getBody()).contains("Accepted", "Review the transport policy");

        clock.freezeAt(Instant.parse("2027-08-20T08:00:01Z"));
        runDueJobs(pi);
        List<Task> updates = progressUpdates(pi);
        assertThat(updates).hasSize(2);
        Task directorsUpdate = updates.stream().filter(t -> "director".equals(t.getAssignee())).findFirst().orElseThrow();
        Task chasedUpdate = updates.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
        assertThat(chasedUpdate).hasCandidateGroup("democratic-services");

        complete(directorsUpdate, withVariables("progress", "Policy drafted.", "actionDone", false));
        complete(chasedUpdate, withVariables("progress", "Survey done: 85% replied.", "actionDone", true));
        assertThat(reload(r).getActions()).extracting(RecommendationAction::getProgress).containsExactly("Policy drafted.", "Survey done: 85% replied.");
        assertThat(reload(r).getActions()).extracting(RecommendationAction::isDone).containsExactly(false, true);
        assertThat(pi).isWaitingAt("agreeOutcome", "followAction");
        assertThat(followUps(pi)).filteredOn(ProcessInstance::isEnded).singleElement().satisfies(f -> assertThat(f).hasPassed("actionDone"));
        assertThat(followUps(pi)).filteredOn(f -> !f.isEnded()).singleElement().satisfies(f -> assertThat(f).isWaitingAt("waitForUpdate"));

        clock.freezeAt(Instant.parse("2028-02-20T08:00:01Z"));
        runDueJobs(pi);
        assertThat(progressUpdates(pi)).hasSize(1);
        Task second = progressUpdates(pi).get(0);
        assertThat(second.getAssignee()).isEqualTo("director");
        complete(second, withVariables("progress", "Policy approved by Cabinet.", "actionDone", true));
        assertThat(pi).hasPassed("everyActionDone").isWaitingAt("agreeOutcome");

        assertThatThrownBy(() -> complete(task("agreeOutcome", pi), withVariables("outcome", "maybe")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("actioned or not-actioned");
        complete(task("agreeOutcome", pi), withVariables("outcome", "actioned"));
        assertThat(pi).hasPassed("closeRecommendation", "outcomeAgreed").isEnded();
        assertThat(reload(r).getClosure()).isEqualTo("actioned");
    }

    @Test
    void aPartiallyAcceptedResponseNeedsReasons() {
        Recommendation r = recommend("executive", "general");
        ProcessInstance pi = sent(r);
        assertThatThrownBy(() -> respond(pi, withVariables("decision", "partially-accepted")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reasons");
        respond(pi, withVariables("decision", "partially-accepted", "reasons", "Only the first part is affordable.",
                "actions", "Review the policy | director | 2027-06-30 | Policy approved"));
        assertThat(reload(r).getDecision()).isEqualTo("partially-accepted");
        assertThat(reload(r).getResponse()).isEqualTo("Only the first part is affordable.");
        assertThat(reload(r).getActions()).singleElement().satisfies(a -> {
            assertThat(a.getAction()).isEqualTo("Review the policy");
            assertThat(a.getByWhen()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
        assertThat(pi).isWaitingAt("agreeOutcome", "followAction");
        assertThat(followUps(pi)).singleElement().satisfies(f -> assertThat(f).isWaitingAt("waitForUpdate"));
    }

    @Test
    void aRefusedResponseWithoutReasonsIsNotAcceptedAndWithReasonsGoesStraightToTheOutcome() {
        Recommendation r = recommend("executive", "general");
        ProcessInstance pi = sent(r);
        assertThatThrownBy(() -> respond(pi, withVariables("decision", "not-accepted")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Give the reasons");
        assertThatThrownBy(() -> respond(pi, withVariables("decision", "perhaps")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Choose the decision");
        assertThat(pi).isWaitingAt("recordExecutiveResponse");

        respond(pi, withVariables("decision", "not-accepted", "reasons", "There is no budget for it this year."));
        assertThat(pi).hasPassed("noActionsToFollow").hasNotPassed("followAction").isWaitingAt("agreeOutcome");
        assertThat(reload(r).getDecision()).isEqualTo("not-accepted");
        complete(task("agreeOutcome", pi), withVariables("outcome", "not-actioned"));
        assertThat(pi).isEnded();
        assertThat(reload(r).getClosure()).isEqualTo("not-actioned");
    }

    @Test
    void withNoResponseAYearAfterSendingItLapsesOnlyWhenConfirmed() {
        Recommendation kept = recommend("executive", "general");
        Recommendation lapsing = recommend("executive", "general");
        ProcessInstance keptPi = sent(kept);
        ProcessInstance lapsingPi = sent(lapsing);

        clock.freezeAt(Instant.parse("2028-01-12T07:59:00Z"));
        runDueJobs(keptPi);
        assertThat(keptPi).isNotWaitingAt("confirmLapse");

        clock.freezeAt(Instant.parse("2028-01-12T08:00:01Z"));
        runDueJobs(keptPi);
        runDueJobs(lapsingPi);
        assertThat(keptPi).isWaitingAt("recordExecutiveResponse", "confirmLapse");
        assertThat(task("confirmLapse", keptPi)).hasCandidateGroup("statutory-scrutiny-officer");

        complete(task("confirmLapse", keptPi), withVariables("lapseConfirmed", false));
        assertThat(keptPi).hasPassed("keptOpen").isWaitingAt("recordExecutiveResponse");
        assertThat(reload(kept).getClosure()).isNull();

        complete(task("confirmLapse", lapsingPi), withVariables("lapseConfirmed", true));
        assertThat(lapsingPi).hasPassed("lapseConfirmed", "closeAsLapsed", "lapsed").hasNotPassed("saveExecutiveResponse").isEnded();
        assertThat(reload(lapsing).getClosure()).isEqualTo("lapsed");
        assertThat(reload(lapsing).getClosedOn()).isEqualTo(LocalDate.of(2028, 1, 12));
    }

    @Test
    void onlyACabinetMemberMayRecordTheResponse() {
        Recommendation r = recommend("executive", "general");
        ProcessInstance pi = sent(r);
        String taskId = task("recordExecutiveResponse", pi).getId();
        Map<String, Object> response = withVariables("decision", "accepted");

        identityService.setAuthentication("clerk", List.of("democratic-services"));
        assertThatThrownBy(() -> taskService.complete(taskId, response)).isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();

        // Even someone given the task by hand is refused unless they are in the cabinet.
        taskService.addCandidateUser(taskId, "clerk");
        identityService.setAuthentication("clerk", List.of("democratic-services"));
        assertThatThrownBy(() -> taskService.complete(taskId, response))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Only the cabinet group records the response to a recommendation to the Executive (Cabinet)");
        identityService.clearAuthentication();
        assertThat(reload(r).getDecision()).isNull();

        identityService.setAuthentication("cabinet-member", List.of("cabinet"));
        taskService.complete(taskId, response);
        identityService.clearAuthentication();
        assertThat(reload(r).getDecision()).isEqualTo("accepted");
        assertThat(pi).hasPassed("saveExecutiveResponse");
    }
}
