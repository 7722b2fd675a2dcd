package org.scrutineer.question;

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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.HistoricInstance;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@ScrutineerTest
class PublicQuestionProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired QuestionIntake intake;
    @Autowired PublicQuestionRepository questions;
    @Autowired MeetingService meetings;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;
    @Autowired PlatformTransactionManager transactionManager;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeetingInMarch2027() {
        init(engine);
        meeting = QuestionFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private PublicQuestion ask(String addressedTo, String text) {
        return intake.submit(QuestionFixtures.submission(meeting.id(), addressedTo, text));
    }

    private ProcessInstance processOf(PublicQuestion question) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(question.getReference()).singleResult();
    }

    private PublicQuestion reload(PublicQuestion question) {
        return questions.findById(question.getId()).orElseThrow();
    }

    private List<OutboxMessage> mailTo(PublicQuestion question, String kind) {
        return outbox.findAll().stream().filter(m -> m.getKind().equals(kind) && question.getEmail().equals(m.getRecipient())).toList();
    }

    private void screen(ProcessInstance pi, Map<String, Object> decision) {
        assertThat(pi).isWaitingAt("screenQuestion").task().hasCandidateGroup("democratic-services");
        complete(task(pi), decision);
    }

    private void answerEach(ProcessInstance pi, String answer) {
        for (Task draft : taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("draftAnswer").list()) {
            complete(draft, withVariables("answer", answer + " (" + taskService.getVariable(draft.getId(), "addressee") + ")"));
        }
    }

    @Test
    void anAcceptedQuestionIsAnsweredApprovedPublishedAndFollowedUpAtTheMeeting() {
        PublicQuestion question = ask("cabinet-member", "How many children are waiting for a school place?");
        ProcessInstance pi = processOf(question);
        assertThat(pi).hasBusinessKey(question.getReference()).hasPassed("acknowledgeQuestion", "findSimilarQuestions");
        assertThat(question.getReference()).matches("PQ-2027-\\d{4}");
        assertThat(mailTo(question, "question-acknowledgement")).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains(question.getReference(), "/questions/" + question.getReference() + "/withdraw?token="));
        assertThat(task(pi)).hasDueDate(java.util.Date.from(Instant.parse("2027-03-11T17:00:00Z")));

        screen(pi, withVariables("decision", "accept"));
        assertThat(pi).isWaitingAt("draftAnswer").task().hasCandidateGroup("cabinet")
                .hasDueDate(java.util.Date.from(Instant.parse("2027-03-12T17:00:00Z")));
        answerEach(pi, "There are 12 children waiting.");

        assertThat(pi).isWaitingAt("approveAnswer");
        complete(task(pi), withVariables("approved", true));
        assertThat(pi).as("the approval is saved before publication runs").isWaitingAt("publishQuestion");
        execute(job(pi));

        assertThat(pi).hasPassed("publishQuestion").isWaitingAt("meetingStarts");
        PublicQuestion published = reload(question);
        assertThat(published.getStatus()).isEqualTo(QuestionStatus.PUBLISHED);
        assertThat(published.getAnswers()).singleElement().satisfies(a -> assertThat(a.getAnswer()).startsWith("There are 12 children waiting."));
        assertThat(mailTo(question, "question-answer")).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("There are 12 children waiting.", "/meetings/" + meeting.id() + "/questions"));

        execute(job(pi));
        assertThat(pi).isWaitingAt("recordSupplementary");
        complete(task(pi), withVariables("supplementaryAsked", true, "supplementaryText", "And how many next year?",
                "supplementaryAnswerMode", "given", "supplementaryAnswer", "About the same."));
        assertThat(pi).hasPassed("saveSupplementary").hasNotPassed("writeSupplementaryAnswer").isWaitingAt("waitToErase");
        assertThat(reload(question).getSupplementaryAnswer()).isEqualTo("About the same.");
    }

    @Test
    void anAcceptedQuestionMayBeEditedForPublicationKeepingTheOriginal() {
        PublicQuestion question = ask("chair", "Why is the chair so useless at chairing? And how many foster carers do we have?");
        ProcessInstance pi = processOf(question);
        screen(pi, withVariables("decision", "accept", "publishedText", "How many foster carers do we have?"));

        PublicQuestion edited = reload(question);
        assertThat(edited.getOriginalText()).startsWith("Why is the chair");
        assertThat(edited.getTextForPublication()).isEqualTo("How many foster carers do we have?");
        assertThat(pi).isWaitingAt("draftAnswer").task().hasCandidateGroup("scrutiny-chairs");
        assertThat(runtimeService.getVariable(pi.getId(), "questionForPublication")).isEqualTo("How many foster carers do we have?");
    }

    @Test
    void aRejectedQuestionIsExplainedToTheAskerInPlainEnglish() {
        PublicQuestion question = ask("officer", "What is happening with my neighbour's children?");
        ProcessInstance pi = processOf(question);

        assertThatThrownBy(() -> complete(task(pi), withVariables("decision", "reject")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Choose the reason");

        screen(pi, withVariables("decision", "reject", "rejectionReason", "individual-case"));
        assertThat(pi).as("the screening is saved before the email goes").isWaitingAt("notifyRejection");
        execute(job(pi));
        assertThat(pi).hasPassed("notifyRejection", "questionRefused").hasNotPassed("draftAnswer").isWaitingAt("waitToErase");
        assertThat(reload(question).getStatus()).isEqualTo(QuestionStatus.REJECTED);
        assertThat(mailTo(question, "question-rejection")).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).contains(question.getReference());
            assertThat(m.getBody()).contains("because it is about an individual case or family");
        });
    }

    @Test
    void answersReturnedFromApprovalAreDraftedAgainWithTheComment() {
        PublicQuestion question = ask("officer", "When will the new youth centre open?");
        ProcessInstance pi = processOf(question);
        screen(pi, withVariables("decision", "accept"));
        answerEach(pi, "Soon.");

        complete(task(pi), withVariables("approved", false, "approvalComment", "Please give a date."));
        assertThat(pi).isWaitingAt("draftAnswer");
        assertThat(runtimeService.getVariable(pi.getId(), "approvalComment")).isEqualTo("Please give a date.");
        answerEach(pi, "In September 2027.");
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));

        assertThat(pi).hasPassed("publishQuestion");
        assertThat(reload(question).getAnswers()).singleElement()
                .satisfies(a -> assertThat(a.getAnswer()).startsWith("In September 2027."));
    }

    @Test
    void aQuestionForTwoAddresseesGetsOneAnswerTaskEach() {
        PublicQuestion question = ask("chair", "How will the committee and the cabinet improve school transport?");
        ProcessInstance pi = processOf(question);
        screen(pi, withVariables("decision", "accept", "addressees", List.of("chair", "cabinet-member")));

        List<Task> drafts = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("draftAnswer").list();
        assertThat(drafts).hasSize(2);
        assertThat(drafts).extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("scrutiny-chairs", "cabinet");
        answerEach(pi, "We will.");
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));

        assertThat(reload(question).getAnswers()).extracting(QuestionAnswer::getAddressee).containsExactly("cabinet-member", "chair");
    }

    @Test
    void theAskerCanWithdrawUntilPublication() {
        PublicQuestion question = ask("chair", "Is the committee reviewing adoption support?");
        ProcessInstance pi = processOf(question);
        screen(pi, withVariables("decision", "accept"));
        assertThat(pi).isWaitingAt("draftAnswer");

        runtimeService.createMessageCorrelation("questionWithdrawn").processInstanceBusinessKey(question.getReference()).correlate();

        assertThat(pi).hasPassed("questionWithdrawn", "markWithdrawn").isWaitingAt("waitToErase");
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(reload(question).getStatus()).isEqualTo(QuestionStatus.WITHDRAWN);
    }

    @Test
    void aSupplementaryWithAWrittenAnswerToFollowGetsItsOwnTaskDueTenWorkingDaysLater() {
        PublicQuestion question = ask("cabinet-member", "How are care leavers helped into work?");
        ProcessInstance pi = processOf(question);
        screen(pi, withVariables("decision", "accept"));
        answerEach(pi, "Through apprenticeships.");
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));
        execute(job(pi));

        complete(task(pi), withVariables("supplementaryAsked", true, "supplementaryText", "How many started last year?",
                "supplementaryAnswerMode", "written"));

        // Ten working days after Tuesday 16 March 2027, stepping over Good Friday and Easter Monday.
        assertThat(pi).isWaitingAt("writeSupplementaryAnswer").task().hasCandidateGroup("cabinet")
                .hasDueDate(java.util.Date.from(Instant.parse("2027-04-01T16:00:00Z")));
        assertThat(reload(question).getWrittenAnswerDue()).isEqualTo(java.time.LocalDate.parse("2027-04-01"));

        complete(task(pi), withVariables("supplementaryAnswer", "Forty-two."));
        execute(job(pi));
        assertThat(pi).hasPassed("publishSupplementaryAnswer").isWaitingAt("waitToErase");
        assertThat(reload(question).getSupplementaryAnswer()).isEqualTo("Forty-two.");
        assertThat(mailTo(question, "question-supplementary-answer")).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("Forty-two."));
    }

    private ProcessInstance waitingToErase(PublicQuestion question) {
        ProcessInstance pi = processOf(question);
        screen(pi, withVariables("decision", "accept"));
        answerEach(pi, "By advertising.");
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));
        execute(job(pi));
        complete(task(pi), withVariables("supplementaryAsked", false));
        assertThat(pi).isWaitingAt("waitToErase");
        return pi;
    }

    @Test
    void theTownLeavesTheHistoryInTheTransactionThatEndsTheProcess() {
        ProcessInstance pi = waitingToErase(ask("officer", "How is the council recruiting foster carers?"));
        AtomicLong townsJustBeforeTheCommit = new AtomicLong(-1);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            execute(job(pi));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    townsJustBeforeTheCommit.set(historyService.createHistoricVariableInstanceQuery()
                            .processInstanceId(pi.getId()).variableName("askerTown").count());
                }
            });
        });

        assertThat(townsJustBeforeTheCommit).as("towns in the history as the end is committed").hasValue(0);
        assertThat(new HistoricInstance(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()))
                .isEnded();
    }

    @Test
    void contactDetailsAreErasedSixMonthsAfterTheMeetingButThePublishedQuestionStays() {
        PublicQuestion question = ask("officer", "How is the council recruiting social workers?");
        ProcessInstance pi = waitingToErase(question);
        assertThat(job(pi).getDuedate()).isEqualTo(java.util.Date.from(
                LocalDateTime.parse("2027-09-16T14:00").atZone(java.time.ZoneId.of("Europe/London")).toInstant()));
        execute(job(pi));

        assertThat(new HistoricInstance(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()))
                .isEnded().hasPassed("eraseContactDetails", "questionClosed");
        PublicQuestion erased = reload(question);
        assertThat(erased.getEmail()).isNull();
        assertThat(erased.getTown()).isNull();
        assertThat(erased.getErasedAt()).isNotNull();
        assertThat(erased.getAskerName()).isEqualTo("Alex Resident");
        assertThat(erased.getStatus()).isEqualTo(QuestionStatus.PUBLISHED);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("askerTown").count()).as("the town is gone from the history too").isZero();
    }

    @Test
    void whenTheMeetingMovesTheOpenTasksAndTimersMoveWithIt() {
        PublicQuestion question = ask("chair", "Will the meeting be webcast?");
        ProcessInstance pi = processOf(question);
        screen(pi, withVariables("decision", "accept"));

        meetings.reschedule(meeting.id(), LocalDateTime.parse("2027-03-23T14:00"), null);

        assertThat(task(pi)).hasDueDate(java.util.Date.from(Instant.parse("2027-03-19T17:00:00Z")));
        answerEach(pi, "Yes.");
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));
        assertThat(job(pi).getDuedate()).isEqualTo(java.util.Date.from(Instant.parse("2027-03-23T14:00:00Z")));
    }
}
