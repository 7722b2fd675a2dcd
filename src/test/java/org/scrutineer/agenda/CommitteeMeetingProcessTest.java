package org.scrutineer.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.scrutineer.publishing.PdfRenderer;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.question.PublicQuestion;
import org.scrutineer.question.QuestionIntake;
import org.scrutineer.question.QuestionSubmission;
import org.scrutineer.report.Report;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The committee-meeting process, path by path, for a meeting on Tuesday 23 March 2027 at 2pm whose
 * reports are due on Thursday 11 March and whose agenda is published at 9am on Monday 15 March.
 */
@ScrutineerTest
class CommitteeMeetingProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired MeetingSteps steps;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AgendaPublication publication;
    @Autowired PublishedDocuments published;
    @Autowired PdfRenderer renderer;
    @Autowired ManagementService managementService;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;
    @Autowired AgendaSettings settings;
    @Autowired DateWords words;
    @Autowired MockMvc mvc;
    @Autowired QuestionIntake questions;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired org.scrutineer.workprogramme.WorkProgramme workProgramme;
    @Autowired org.scrutineer.action.TrackedActions trackedActions;
    @Autowired WhileTheQuestionsSupplementIsBuilt whileBuilt;

    private ScheduledMeeting meeting;
    private ProcessInstance lifecycle;

    @BeforeEach
    void aMeetingIsScheduled() {
        init(engine);
        meeting = steps.meetingOnTheTwentyThird();
        lifecycle = steps.lifecycleOf(meeting);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private byte[] reportDocument(String title) {
        return renderer.render("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/><title>"
                + title + "</title></head><body><h1>" + title + "</h1><p>The body of the report.</p></body></html>", title);
    }

    private void untilTheAgendaIsPrepared() {
        steps.at(MeetingSteps.REPORT_DEADLINE);
        steps.runDueJobs(lifecycle);
        assertThat(lifecycle).hasPassed("draftAgenda").isWaitingAt("prepareAgenda").task().hasCandidateGroup("democratic-services")
                .hasDueDate(Date.from(MeetingSteps.PUBLICATION))
                .hasName("Prepare the agenda: Children and Young People Scrutiny Committee (meeting 23 March)");
        steps.complete("clerk", steps.task(lifecycle, "prepareAgenda"), Map.of());
        assertThat(lifecycle).isWaitingAt("agendaPublication");
    }

    private void published(Report... reports) {
        steps.at(MeetingSteps.PUBLICATION);
        steps.runReportJobs(reports);
        steps.runDueJobs(lifecycle);
        assertThat(lifecycle).hasPassed("publishAgendaPack").isWaitingAt("meetingStarts");
    }

    private AgendaItem itemFor(Report report) {
        return agendas.items(meeting.id()).stream().filter(i -> report.getId().equals(i.getReportId())).findFirst().orElseThrow();
    }

    private String packHtml() {
        return new String(published.latest(AgendaDocuments.agendaSeries(meeting.id())).orElseThrow().html(), StandardCharsets.UTF_8);
    }

    private List<OutboxMessage> toFollowMail() {
        return outbox.findAll().stream().filter(m -> AgendaPublication.TO_FOLLOW_MAIL.equals(m.getKind())
                && java.util.regex.Pattern.compile("/staff/meetings/" + meeting.id() + "/agenda\\b").matcher(m.getBody()).find()).toList();
    }

    @Test
    void everyReportApprovedInTimeIsInThePackAndTheMeetingHandsOverToTheMinutes() {
        assertThat(lifecycle).hasBusinessKey("meeting-" + meeting.id()).isWaitingAt("reportDeadlineReached");
        Report report = steps.register(meeting, "Sufficiency of foster placements", reportDocument("Sufficiency of foster placements"));
        steps.signOff(report);

        untilTheAgendaIsPrepared();
        List<AgendaItem> drafted = agendas.items(meeting.id());
        assertThat(drafted).extracting(AgendaItem::getTitle).containsExactly("Apologies for absence", "Named substitutes",
                "Declarations of interest", "Minutes", "How to submit questions", "Questions from members of the public",
                "Questions from members of the council", "Sufficiency of foster placements", "Work programme", "Date of the next meeting");
        assertThat(drafted.get(4).getPurpose()).contains("5pm on Wednesday 17 March 2027");
        workProgramme.add("cyp", new org.scrutineer.workprogramme.WorkProgrammeChange("Sufficiency of foster placements: the follow-up",
                null, null, null, "committee-item", meeting.id(), "member", "scheduled", null, null));
        org.scrutineer.meeting.ScheduledMeeting before = meetings.schedule("cyp", meeting.startsAt().minusWeeks(5).plusMinutes(3), null);
        trackedActions.add(new org.scrutineer.action.ActionRequest("cyp", before.id(), 11, "Send members the foster carer recruitment figures",
                "information-request", "directors", null, null, null), "clerk");

        published(report);
        assertThat(agendas.find(meeting.id()).orElseThrow().isPublished()).isTrue();
        assertThat(itemFor(report).isToFollow()).isFalse();
        assertThat(itemFor(report).getPages()).as("the pages the report takes in the pack").isNotBlank();
        PublishedDocument pack = published.latest(AgendaDocuments.agendaSeries(meeting.id())).orElseThrow();
        assertThat(pack.version()).isEqualTo(1);
        assertThat(pack.pdf()).isNotEmpty();
        assertThat(packHtml()).contains("Sufficiency of foster placements", "Report reviewers used for appraising this report", "Governance").doesNotContain("The body of the report");
        assertThat(packHtml()).as("the work programme as it stood at publication").contains("The committee's work programme",
                "Sufficiency of foster placements: the follow-up");
        assertThat(packHtml()).as("the tracking report for the meeting").contains("Information requests and actions tracking report",
                "Send members the foster carer recruitment figures", "Response pending");
        assertThat(org.scrutineer.publishing.PdfUa.failedRules(pack.pdf())).isEmpty();
        assertThat(toFollowMail()).isEmpty();

        steps.at(MeetingSteps.MEETING);
        steps.runDueJobs(lifecycle);
        assertThat(lifecycle).hasPassed("meetingStarts").isWaitingAt("recordMinutes");
    }

    @Test
    void aReportNotApprovedByPublicationIsToFollowAndIsPublishedAsASupplementOnceApproved() {
        Report onTime = steps.register(meeting, "Sufficiency of foster placements", reportDocument("Foster placements"));
        Report late = steps.register(meeting, "Children missing education", reportDocument("Children missing education"));
        steps.signOff(onTime);
        untilTheAgendaIsPrepared();
        published(onTime, late);

        assertThat(itemFor(late).isToFollow()).isTrue();
        assertThat(packHtml()).contains("Children missing education", "To follow");
        assertThat(toFollowMail()).isNotEmpty().allSatisfy(m -> assertThat(m.getBody()).contains("Children missing education"));
        assertThat(published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1))).isEmpty();

        steps.signOff(late);
        steps.runReportJobs(late);
        assertThat(lifecycle).hasPassed("publishReportSupplement").isWaitingAt("meetingStarts");
        assertThat(itemFor(late).isToFollow()).isFalse();
        PublishedDocument supplement = published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1)).orElseThrow();
        assertThat(supplement.title()).isEqualTo("Supplement 1: Item " + itemFor(late).getPosition() + ": Children missing education");
        assertThat(new String(supplement.html(), StandardCharsets.UTF_8)).contains("Report reviewers used for appraising this report");
        PublishedDocument agenda = published.latest(AgendaDocuments.agendaSeries(meeting.id())).orElseThrow();
        assertThat(agenda.version()).isEqualTo(2);
        assertThat(agenda.note()).contains("supplement 1");
        assertThat(published.version(AgendaDocuments.agendaSeries(meeting.id()), 1).orElseThrow().html())
                .as("the first version stays as it was published").isNotEqualTo(agenda.html());
    }

    @Test
    void anAgendaNotMarkedReadyIsPublishedAsItStandsAtNineOnThePublicationDate() {
        steps.at(MeetingSteps.REPORT_DEADLINE);
        steps.runDueJobs(lifecycle);
        assertThat(lifecycle).isWaitingAt("prepareAgenda");
        steps.at(MeetingSteps.PUBLICATION);
        steps.runDueJobs(lifecycle);
        assertThat(lifecycle).hasPassed("publicationTimeReached", "publishAgendaPack").hasNotPassed("agendaPublication").isWaitingAt("meetingStarts");
        assertThat(agendas.find(meeting.id()).orElseThrow().getReadyAt()).isNull();
    }

    @Test
    void whenTheMeetingMovesEveryTimerAndTheAgendaTaskMoveWithIt() {
        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-03-16T14:00"), null);
        Job deadline = managementService.createJobQuery().processInstanceId(lifecycle.getId()).activityId("reportDeadlineReached").singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-03-04T17:00:00Z")));

        steps.at(Instant.parse("2027-03-04T17:00:00Z"));
        steps.runDueJobs(lifecycle);
        assertThat(lifecycle).isWaitingAt("prepareAgenda").task().hasDueDate(Date.from(Instant.parse("2027-03-08T09:00:00Z")));
        assertThat(agendas.items(meeting.id()).get(4).getPurpose()).contains("Wednesday 10 March 2027");

        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-04-20T14:00"), null);
        assertThat(steps.task(lifecycle, "prepareAgenda").getDueDate()).isEqualTo(Date.from(Instant.parse("2027-04-12T08:00:00Z")));
        assertThat(agendas.items(meeting.id()).get(4).getPurpose()).as("the draft says the new question deadline")
                .contains("Wednesday 14 April 2027");
        Job publication = managementService.createJobQuery().processInstanceId(lifecycle.getId()).activityId("publicationTimeReached").singleResult();
        assertThat(publication.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-04-12T08:00:00Z")));
    }

    @Test
    void aCancelledMeetingEndsItsLifecycleAndItsPublishedDocumentsCarryTheNotice() {
        untilTheAgendaIsPrepared();
        published();
        meetings.cancel(meeting.id(), "The chair is unwell; the business moves to the April meeting.");

        assertThat(lifecycle).hasPassed("markDocumentsCancelled").isEnded().hasPassed("lifecycleEnded");
        PublishedDocument agenda = published.latest(AgendaDocuments.agendaSeries(meeting.id())).orElseThrow();
        assertThat(agenda.version()).isEqualTo(2);
        assertThat(new String(agenda.html(), StandardCharsets.UTF_8)).contains("This meeting is cancelled.", "The chair is unwell");
        assertThat(managementService.createJobQuery().processInstanceId(lifecycle.getId()).count()).isZero();
    }

    @Test
    void anExemptReportIsInThePackAsItsTitleAndParagraphOnly() {
        Report exempt = steps.registerExempt(meeting, "Placement provider contract award", "3", reportDocument("Contract award"));
        steps.signOff(exempt);
        untilTheAgendaIsPrepared();
        published(exempt);

        assertThat(itemFor(exempt).isExempt()).isTrue();
        String html = packHtml();
        assertThat(html).contains("Placement provider contract award", "paragraph 3 of Part 1 of Schedule 12A");
        assertThat(html).doesNotContain("Report reviewers used for appraising this report");
    }

    @Test
    void aLateItemJoinsThePublishedAgendaWithTheReasonTheChairAgreed() {
        untilTheAgendaIsPrepared();
        published();
        AgendaItem late = agendas.add(meeting.id(), new AgendaItemRequest(null, "Ofsted focused visit letter", "To note the letter.",
                "Director of Children's Services", null, false, null, "The letter arrived after publication and the committee must see it before May."));
        publication.lateItem(meeting.id(), late.getId());

        AgendaItem shown = agendas.items(meeting.id()).stream().filter(i -> i.getId().equals(late.getId())).findFirst().orElseThrow();
        assertThat(shown.isLate()).isTrue();
        assertThat(shown.getPosition()).as("before the work programme and the next meeting").isEqualTo(agendas.items(meeting.id()).size() - 2);
        PublishedDocument agenda = published.latest(AgendaDocuments.agendaSeries(meeting.id())).orElseThrow();
        assertThat(agenda.version()).isEqualTo(2);
        assertThat(new String(agenda.html(), StandardCharsets.UTF_8)).contains("Late item: The letter arrived after publication");
    }

    @Test
    void theAnswersToPublicQuestionsArePublishedAsTheQuestionsSupplementAfterTheWaitAndEachLaterAnswerAsANewVersion() {
        PublicQuestion first = questions.submit(new QuestionSubmission(meeting.id(), "Hanna Currie", "hanna.agenda@example.org", "Exemplar Town",
                true, "cabinet-member", "How many children are waiting for a school place?", "Teresa Fenner"));
        PublicQuestion second = questions.submit(new QuestionSubmission(meeting.id(), "Sam Resident", "sam.agenda@example.org", "Exemplar Town",
                true, "chair", "When will the committee look at school transport?"));
        untilTheAgendaIsPrepared();
        published();

        answerAndPublish(first, "There are 12 children waiting.");
        assertThat(lifecycle).isWaitingAt("questionsSupplementWait", "meetingStarts");
        assertThat(published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1))).as("not before the wait is over").isEmpty();
        assertThat(staffAgendaPage()).contains("Answers to public questions approved in the last few minutes are published in the questions supplement on "
                + words.dateAtTime(MeetingSteps.PUBLICATION.plus(settings.questionsSupplementWait())) + ".");
        clock.advance(settings.questionsSupplementWait().minusSeconds(1));
        steps.runDueJobs(lifecycle);
        assertThat(published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1))).as("a second before the wait is over").isEmpty();

        afterTheWait();
        assertThat(lifecycle).hasPassed("questionsSupplementWait", "publishQuestionsSupplement").isWaitingAt("meetingStarts");
        assertThat(staffAgendaPage()).contains("Supplement 1: questions from members of the public, version 1").doesNotContain("questions-supplement-due");
        PublishedDocument supplement = published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1)).orElseThrow();
        String html = new String(supplement.html(), StandardCharsets.UTF_8);
        assertThat(supplement.title()).isEqualTo("Supplement 1: questions from members of the public");
        assertThat(html).contains("Question 1 from Hanna Currie (on behalf of Teresa Fenner)", first.getReference(),
                "How many children are waiting for a school place?", "There are 12 children waiting.").doesNotContain("school transport");

        answerAndPublish(second, "In the autumn.");
        afterTheWait();
        PublishedDocument again = published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1)).orElseThrow();
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.note()).isEqualTo("Now 2 questions with approved answers.");
        assertThat(new String(again.html(), StandardCharsets.UTF_8)).contains("Question 2 from Sam Resident", "In the autumn.");
    }

    @Test
    void answersApprovedWithinTheWaitArePublishedTogetherAsOneNewVersionAndAWaitWithNothingNewPublishesNothing() {
        PublicQuestion first = asked("Hanna Currie", "How many children are waiting for a school place?");
        PublicQuestion second = asked("Sam Resident", "When will the committee look at school transport?");
        PublicQuestion third = asked("Ade Okafor", "How many young carers have a carer's assessment?");
        untilTheAgendaIsPrepared();
        published();
        answerAndPublish(first, "There are 12 children waiting.");
        afterTheWait();

        answerAndPublish(second, "In the autumn.");
        clock.advance(Duration.ofSeconds(30));
        answerAndPublish(third, "Four in five of them.");
        assertThat(supplementWaits()).as("the third answer joins the second's wait").hasSize(1);
        afterTheWait();

        String series = AgendaDocuments.supplementSeries(meeting.id(), 1);
        assertThat(published.versions(series)).extracting(PublishedDocument::version).containsExactly(1, 2);
        PublishedDocument together = published.latest(series).orElseThrow();
        assertThat(together.note()).isEqualTo("Now 3 questions with approved answers.");
        assertThat(new String(together.html(), StandardCharsets.UTF_8)).contains("In the autumn.", "Four in five of them.");
        assertThat(managementService.createJobQuery().processInstanceId(lifecycle.getId()).activityId(MeetingLifecycle.QUESTIONS_SUPPLEMENT_WAIT).count()).isZero();
        assertThat(lifecycle).isWaitingAt("meetingStarts");
    }

    @Test
    void anAnswerPublishedWhileTheSupplementIsBeingBuiltIsInTheSupplementThatFollows() {
        PublicQuestion first = asked("Hanna Currie", "How many children are waiting for a school place?");
        PublicQuestion second = asked("Sam Resident", "When will the committee look at school transport?");
        untilTheAgendaIsPrepared();
        published();
        answerAndPublish(first, "There are 12 children waiting.");
        ProcessInstance secondQuestion = approved(second, "In the autumn.");
        clock.advance(settings.questionsSupplementWait());
        int retries = supplementWaits().get(0).getRetries();

        whileBuilt.next(() -> CompletableFuture.runAsync(() -> steps.runDueJobs(secondQuestion)).join());
        assertThatThrownBy(() -> steps.runDueJobs(lifecycle)).as("the build and the answer published during it conflict")
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1))).as("the conflicting build is undone").isEmpty();
        assertThat(supplementWaits()).as("the answer joined the wait, which runs again without losing a retry").singleElement()
                .extracting(Job::getRetries).isEqualTo(retries);

        steps.at(supplementWaits().get(0).getDuedate().toInstant());
        steps.runDueJobs(lifecycle);
        String series = AgendaDocuments.supplementSeries(meeting.id(), 1);
        assertThat(published.versions(series)).extracting(PublishedDocument::version).containsExactly(1);
        assertThat(new String(published.latest(series).orElseThrow().html(), StandardCharsets.UTF_8))
                .contains("There are 12 children waiting.", "In the autumn.");
        assertThat(supplementWaits()).isEmpty();
    }

    @Test
    void anAnswerPublishedWhenTheWaitHasFailedEveryRetryStartsANewWait() {
        PublicQuestion first = asked("Hanna Currie", "How many children are waiting for a school place?");
        PublicQuestion second = asked("Sam Resident", "When will the committee look at school transport?");
        untilTheAgendaIsPrepared();
        published();
        answerAndPublish(first, "There are 12 children waiting.");
        managementService.setJobRetries(supplementWaits().get(0).getId(), 0);

        answerAndPublish(second, "In the autumn.");
        assertThat(supplementWaits()).hasSize(2).filteredOn(wait -> wait.getRetries() > 0).as("a new wait, with its retries").hasSize(1);
        afterTheWait();
        assertThat(new String(published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1)).orElseThrow().html(), StandardCharsets.UTF_8))
                .contains("There are 12 children waiting.", "In the autumn.");
    }

    @Test
    void aMeetingProcessStartedBeforeTheChangesWereCountedStartsAWaitAndCountsFromThen() {
        PublicQuestion first = asked("Hanna Currie", "How many children are waiting for a school place?");
        PublicQuestion second = asked("Sam Resident", "When will the committee look at school transport?");
        PublicQuestion third = asked("Ade Okafor", "How many young carers have a carer's assessment?");
        untilTheAgendaIsPrepared();
        published();
        answerAndPublish(first, "There are 12 children waiting.");
        afterTheWait();
        runtimeService.removeVariable(lifecycle.getId(), MeetingLifecycle.QUESTIONS_SUPPLEMENT_CHANGES);

        answerAndPublish(second, "In the autumn.");
        answerAndPublish(third, "Four in five of them.");
        assertThat(supplementWaits()).as("the first answer starts a wait; the next joins it").hasSize(1);
        assertThat(runtimeService.getVariable(lifecycle.getId(), MeetingLifecycle.QUESTIONS_SUPPLEMENT_CHANGES)).isEqualTo(2L);
        afterTheWait();
        assertThat(new String(published.latest(AgendaDocuments.supplementSeries(meeting.id(), 1)).orElseThrow().html(), StandardCharsets.UTF_8))
                .contains("In the autumn.", "Four in five of them.");
    }

    private PublicQuestion asked(String asker, String text) {
        String email = asker.substring(0, asker.indexOf(' ')).toLowerCase(Locale.ROOT) + ".meeting" + meeting.id() + "@example.org";
        return questions.submit(new QuestionSubmission(meeting.id(), asker, email, "Exemplar Town", true, "chair", text));
    }

    private List<Job> supplementWaits() {
        return managementService.createJobQuery().processInstanceId(lifecycle.getId()).activityId(MeetingLifecycle.QUESTIONS_SUPPLEMENT_WAIT).list();
    }

    private String staffAgendaPage() {
        try {
            return mvc.perform(get("/staff/meetings/" + meeting.id() + "/agenda").with(user("clerk").authorities(() -> "democratic-services")))
                    .andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void afterTheWait() {
        clock.advance(settings.questionsSupplementWait());
        steps.runDueJobs(lifecycle);
    }

    private void answerAndPublish(PublicQuestion question, String answer) {
        steps.runDueJobs(approved(question, answer));
    }

    /** The question's process, its answer approved and its publication still to run. */
    private ProcessInstance approved(PublicQuestion question, String answer) {
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(question.getReference()).singleResult();
        taskService.complete(questionTask(pi, "screenQuestion").getId(), Map.of("decision", "accept"));
        for (Task draft : taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("draftAnswer").list()) {
            taskService.complete(draft.getId(), Map.of("answer", answer));
        }
        taskService.complete(questionTask(pi, "approveAnswer").getId(), Map.of("approved", true));
        return pi;
    }

    private Task questionTask(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }
}
