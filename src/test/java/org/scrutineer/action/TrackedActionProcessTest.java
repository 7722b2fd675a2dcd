package org.scrutineer.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.HistoricInstance;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.minutes.MinutesCompleted;
import org.scrutineer.minutes.ResolvedAction;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The tracked-action process, path by path: a staff owner answering in time and late; a partner
 * answering in part, then done, through the links in their emails; a partner who never answers,
 * reminded once a working day three times and then escalated; a forged, a reused and an expired
 * link; an action closed by democratic services; and the minutes' actions tracked exactly once.
 */
@ScrutineerTest
class TrackedActionProcessTest {

    private static final AtomicInteger PARTNERS = new AtomicInteger();
    private static final Pattern TOKEN = Pattern.compile("/actions/(\\d+)/respond\\?token=([A-Za-z0-9_-]+)");

    @Autowired ProcessEngine engine;
    @Autowired TrackedActions actions;
    @Autowired ActionTracker tracker;
    @Autowired PartnerAnswers partnerAnswers;
    @Autowired MeetingService meetings;
    @Autowired ProcessSteps process;
    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired OutboxRepository outbox;
    @Autowired ApplicationEventPublisher events;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;
    private String partner;

    @BeforeEach
    void theMeetingOfTuesday11March2031() {
        init(engine);
        clock.freezeAt(Instant.parse("2031-03-12T10:00:00Z"));
        int n = PARTNERS.incrementAndGet();
        meeting = meetings.schedule("cyp", LocalDateTime.parse("2031-03-11T10:00").plusMinutes(n), null);
        partner = "partner" + n + "@health.example.org";
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private TrackedAction forStaff(String owner) {
        return actions.add(new ActionRequest("cyp", meeting.id(), 6, "Send the committee the figures for children missing education",
                "information-request", owner, null, null, null), "clerk");
    }

    private TrackedAction forPartner() {
        return actions.add(new ActionRequest("cyp", meeting.id(), 7, "Report how long children wait for a CAMHS assessment", "information-request",
                null, "Pat Partner", partner, null), "clerk");
    }

    private ProcessInstance processOf(TrackedAction a) {
        return new HistoricInstance(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("tracked-action")
                .processInstanceBusinessKey("action-" + a.getId()).singleResult());
    }

    private List<OutboxMessage> mailTo(String address) {
        return outbox.findAll().stream().filter(m -> m.getRecipient().equals(address)).toList();
    }

    private String lastToken(TrackedAction a) {
        List<OutboxMessage> mail = mailTo(partner);
        Matcher m = TOKEN.matcher(mail.get(mail.size() - 1).getBody());
        assertThat(m.find()).as("a link to answer in the last email").isTrue();
        assertThat(m.group(1)).isEqualTo(String.valueOf(a.getId()));
        return m.group(2);
    }

    private void at(String instant) {
        clock.freezeAt(Instant.parse(instant));
    }

    private ActionStatus statusOn(TrackedAction a, String day) {
        return tracker.one(a.getId(), LocalDate.parse(day)).status();
    }

    @Test
    void aStaffOwnerAnswersInTimeInTheTasklist() {
        TrackedAction a = forStaff("director");
        assertThat(a.getDueBy()).as("10 working days after the meeting").isEqualTo(LocalDate.parse("2031-03-25"));
        ProcessInstance pi = processOf(a);
        assertThat(pi).hasBusinessKey("action-" + a.getId()).isWaitingAt("respondToAction").task().isAssignedTo("director")
                .hasName("Answer the action: Send the committee the figures for children missing education (meeting 11 March)");
        assertThat(statusOn(a, "2031-03-12")).isEqualTo(ActionStatus.OPEN);

        at("2031-03-20T10:00:00Z");
        process.complete("director", process.task(pi, "respondToAction"), Map.of("response", "The figures are attached to the briefing note.",
                "outcome", "done"));
        assertThat(pi).isEnded().hasPassed("answered", "done").hasNotPassed("pastDue");
        ActionJson json = tracker.one(a.getId(), null);
        assertThat(json.status()).isEqualTo(ActionStatus.RESPONDED);
        assertThat(json.respondedBy()).isEqualTo("director");
        assertThat(json.answeredLate()).isFalse();
        assertThat(statusOn(a, "2031-03-19")).as("as of the day before the answer").isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void aStaffGroupAnswersLateAfterTheActionShowsOverdue() {
        TrackedAction a = forStaff("directors");
        ProcessInstance pi = processOf(a);
        assertThat(pi).task().hasCandidateGroup("directors");
        at("2031-03-26T09:30:00Z");
        process.runDueJobs(pi);
        assertThat(pi).hasPassed("pastDue", "inTheDigest").isWaitingAt("respondToAction");
        assertThat(statusOn(a, "2031-03-26")).isEqualTo(ActionStatus.OVERDUE);
        assertThat(mailTo(partner)).isEmpty();
        engine.getRuntimeService().startProcessInstanceByMessage("runOverdueReminders");
        assertThat(mailTo("director@council.example")).as("the staff owner's morning digest").filteredOn(m -> "overdue-digest".equals(m.getKind()))
                .extracting(OutboxMessage::getBody).anyMatch(body -> body.contains("Answer the action: Send the committee the figures for children missing education"));

        process.complete("director", process.task(pi, "respondToAction"), Map.of("response", "Sent late, with apologies.", "outcome", "done"));
        assertThat(pi).isEnded().hasPassed("done");
        assertThat(tracker.one(a.getId(), null).answeredLate()).isTrue();
        assertThat(statusOn(a, "2031-03-26")).isEqualTo(ActionStatus.RESPONDED);
        assertThat(statusOn(a, "2031-03-25")).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void aPartnerAnswersInPartThenDoneThroughTheLinksInTheirEmails() {
        TrackedAction a = forPartner();
        ProcessInstance pi = processOf(a);
        assertThat(pi).hasPassed("askExternalOwner").isWaitingAt("respondToAction");
        assertThat(taskService.getIdentityLinksForTask(process.task(pi, "respondToAction").getId())).as("no one in the Tasklist yet").isEmpty();
        assertThat(mailTo(partner)).extracting(OutboxMessage::getSubject)
                .containsExactly("An information request from the Children and Young People Scrutiny Committee");
        String first = lastToken(a);

        PartnerAnswers.Outcome wrong = partnerAnswers.answer(a.getId(), first, "", "partial", "2031-03-01");
        assertThat(wrong.kept()).isFalse();
        assertThat(wrong.errors()).containsKeys("response", "newDueBy");
        assertThat(partnerAnswers.check(a.getId(), first)).as("a refused answer leaves the link working").isEqualTo(ActionLinks.Check.VALID);

        assertThat(partnerAnswers.answer(a.getId(), first, "Waits for the first half of the year are attached; the rest follows.", "partial",
                "2031-04-15").kept()).isTrue();
        assertThat(pi).isWaitingAt("respondToAction");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId("askExternalOwner").count())
                .as("asked again for the rest").isEqualTo(2);
        ActionJson partly = tracker.one(a.getId(), null);
        assertThat(partly.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(partly.dueBy()).isEqualTo(LocalDate.parse("2031-04-15"));
        assertThat(partly.outcome()).isEqualTo("partial");
        assertThat(mailTo(partner)).extracting(OutboxMessage::getSubject)
                .contains("The rest of the information request for the Children and Young People Scrutiny Committee");
        assertThat(partnerAnswers.check(a.getId(), first)).as("the first link worked once").isEqualTo(ActionLinks.Check.USED);
        assertThat(process.task(pi, "respondToAction").getDueDate()).isEqualTo(org.scrutineer.calendar.LondonTime.endOfWorkingDay(LocalDate.parse("2031-04-15")));

        at("2031-03-27T10:00:00Z");
        process.runDueJobs(pi);
        assertThat(pi).as("not overdue: the new date stands").hasNotPassed("remindExternalOwner");
        assertThat(statusOn(a, "2031-03-27")).isEqualTo(ActionStatus.OPEN);

        String second = lastToken(a);
        assertThat(partnerAnswers.answer(a.getId(), second, "The second half of the year is attached.", "done", null).kept()).isTrue();
        assertThat(pi).isEnded().hasPassed("done");
        ActionJson done = tracker.one(a.getId(), null);
        assertThat(done.status()).isEqualTo(ActionStatus.RESPONDED);
        assertThat(done.respondedBy()).isEqualTo("Pat Partner");
        assertThat(done.response()).isEqualTo("The second half of the year is attached.");
        assertThat(partnerAnswers.answer(a.getId(), second, "Again", "done", null).link()).isEqualTo(ActionLinks.Check.USED);
    }

    @Test
    void aPartnerWhoNeverAnswersIsRemindedThreeWorkingDaysRunningThenDemocraticServicesAreTold() {
        TrackedAction a = forPartner();
        ProcessInstance pi = processOf(a);
        at("2031-03-25T16:00:00Z");
        process.runDueJobs(pi);
        assertThat(pi).hasNotPassed("remindExternalOwner");

        at("2031-03-26T09:00:00Z");
        process.runDueJobs(pi);
        assertThat(pi).hasPassed("pastDue", "remindExternalOwner").isWaitingAt("respondToAction", "nextWorkingDay");
        assertThat(statusOn(a, "2031-03-26")).isEqualTo(ActionStatus.OVERDUE);
        process.runDueJobs(pi);
        assertThat(reminders()).as("one a working day").hasSize(1);

        at("2031-03-27T09:00:00Z");
        process.runDueJobs(pi);
        assertThat(reminders()).hasSize(2);
        at("2031-03-28T09:00:00Z");
        process.runDueJobs(pi);
        assertThat(reminders()).hasSize(3);
        assertThat(pi).hasPassed("escalateUnansweredAction", "escalated").isWaitingAt("respondToAction");
        assertThat(actions.get(a.getId()).getEscalatedAt()).isNotNull();
        assertThat(mailTo("clerk@council.example")).extracting(OutboxMessage::getSubject)
                .contains("No answer from Pat Partner to an information request of the Children and Young People Scrutiny Committee");
        assertThat(taskService.getIdentityLinksForTask(process.task(pi, "respondToAction").getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("democratic-services");

        at("2031-03-31T09:00:00Z");
        process.runDueJobs(pi);
        assertThat(reminders()).as("never more than three").hasSize(3);

        process.complete("clerk", process.task(pi, "respondToAction"), Map.of("response", "Given by telephone: the figures follow in May.",
                "outcome", "partial", "newDueBy", "2031-05-30"));
        assertThat(pi).isWaitingAt("respondToAction");
        ActionJson json = tracker.one(a.getId(), null);
        assertThat(json.respondedBy()).isEqualTo("clerk");
        assertThat(json.remindersSent()).as("the new date starts the reminders again").isZero();
    }

    private List<OutboxMessage> reminders() {
        return mailTo(partner).stream().filter(m -> m.getSubject().startsWith("Reminder:")).toList();
    }

    @Test
    void aForgedAReusedAndAnExpiredLinkAreRefused() {
        TrackedAction a = forPartner();
        String token = lastToken(a);
        assertThat(partnerAnswers.check(a.getId(), token.substring(0, token.length() - 2) + "xx")).isEqualTo(ActionLinks.Check.FORGED);
        assertThat(partnerAnswers.check(a.getId(), null)).isEqualTo(ActionLinks.Check.FORGED);
        TrackedAction other = forPartner();
        assertThat(partnerAnswers.check(other.getId(), token)).as("one action's link for another").isEqualTo(ActionLinks.Check.FORGED);
        assertThat(partnerAnswers.answer(other.getId(), token, "Forged", "done", null).kept()).isFalse();
        assertThat(tracker.one(other.getId(), null).response()).isNull();

        clock.advance(Duration.ofDays(31));
        assertThat(partnerAnswers.check(a.getId(), token)).isEqualTo(ActionLinks.Check.EXPIRED);
        assertThat(partnerAnswers.answer(a.getId(), token, "Too late", "done", null).link()).isEqualTo(ActionLinks.Check.EXPIRED);
        assertThat(tracker.one(a.getId(), null).response()).isNull();
    }

    @Test
    void democraticServicesCloseAnActionNoLongerNeeded() {
        TrackedAction a = forPartner();
        ProcessInstance pi = processOf(a);
        String token = lastToken(a);
        assertThatThrownBy(() -> actions.close(a.getId(), " ")).hasMessageContaining("Say why the action is closed");
        actions.close(a.getId(), "The report at the next meeting covers it.");
        assertThat(pi).isEnded().hasPassed("actionClosed", "closed");
        assertThat(tracker.one(a.getId(), null).status()).isEqualTo(ActionStatus.CLOSED);
        assertThat(partnerAnswers.check(a.getId(), token)).isEqualTo(ActionLinks.Check.CLOSED);
        assertThatThrownBy(() -> actions.close(a.getId(), "again")).hasMessageContaining("was closed on");
    }

    @Test
    void theMinutesActionsAreTrackedExactlyOnce() {
        List<ResolvedAction> resolved = List.of(
                new ResolvedAction(5, 1, "Circulate the sufficiency strategy", "directors", null, null, false),
                new ResolvedAction(5, 2, "Share the ICB's waiting list figures", "Pat Partner", partner, LocalDate.parse("2031-04-01"), false),
                new ResolvedAction(6, 1, "Brief the chair on the exempt contract", "Head of Commissioning", null, null, true));
        events.publishEvent(new MinutesCompleted(meeting.id(), List.of(), resolved, Map.of()));
        events.publishEvent(new MinutesCompleted(meeting.id(), List.of(), List.of(resolved.get(0),
                new ResolvedAction(5, 2, "Share the ICB's waiting list figures by age", "Pat Partner", partner, LocalDate.parse("2031-04-01"), false),
                resolved.get(2)), Map.of()));

        List<ActionJson> tracked = tracker.find(new ActionTracker.Filter(null, meeting.id(), null, null));
        assertThat(tracked).extracting(ActionJson::minute, ActionJson::text, ActionJson::owner, ActionJson::ownerEmail, ActionJson::dueBy, ActionJson::exempt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "Circulate the sufficiency strategy", "directors", null, LocalDate.parse("2031-03-25"), false),
                        org.assertj.core.groups.Tuple.tuple(5, "Share the ICB's waiting list figures by age", null, partner, LocalDate.parse("2031-04-01"), false),
                        org.assertj.core.groups.Tuple.tuple(6, "Brief the chair on the exempt contract", "democratic-services", null,
                                LocalDate.parse("2031-03-25"), true));
        assertThat(tracked.get(2).ownerName()).isEqualTo("Head of Commissioning");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("tracked-action")
                .processInstanceBusinessKeyIn(tracked.stream().map(j -> "action-" + j.id()).toArray(String[]::new)).count()).isEqualTo(3);
        assertThat(mailTo(partner)).hasSize(1);
    }
}
