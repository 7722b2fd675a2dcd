package org.scrutineer.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.question.PublicQuestion;
import org.scrutineer.question.QuestionIntake;
import org.scrutineer.question.QuestionSubmission;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The minutes' appendix comes from the question records, never typed again: each public question
 * put to the meeting, its published answer, and the supplementary question with the answer given at
 * the meeting or the date a written answer is to follow.
 */
@ScrutineerTest
class MinutesAppendixTest {

    @Autowired MinutesSteps steps;
    @Autowired ProcessSteps process;
    @Autowired QuestionIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired MinutesDocuments documents;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ProcessInstance processOf(PublicQuestion q) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(q.getReference()).singleResult();
    }

    private PublicQuestion answered(ScheduledMeeting meeting, String asker, String text, String answer) {
        PublicQuestion q = intake.submit(new QuestionSubmission(meeting.id(), asker, asker.toLowerCase().replace(' ', '.') + "@example.org",
                "Exemplar Town", true, "chair", text));
        ProcessInstance pi = processOf(q);
        process.runDueJobs(pi);
        process.complete("clerk", process.task(pi, "screenQuestion"), Map.of("decision", "accept"));
        process.complete("chair", process.task(pi, "draftAnswer"), Map.of("answer", answer));
        process.complete("clerk", process.task(pi, "approveAnswer"), Map.of("approved", true));
        process.runDueJobs(pi);
        return q;
    }

    @Test
    void theAppendixHoldsEachQuestionItsAnswerAndWhatWasAskedAtTheMeeting() {
        PublicQuestion[] questions = new PublicQuestion[2];
        ScheduledMeeting meeting = steps.heldOnTheTwentyThirdOfMarch(m -> {
            questions[0] = answered(m, "Sam Resident", "How many foster carers did the council recruit this year?", "Twenty-two, against thirty.");
            questions[1] = answered(m, "Alex Parent", "When will the short-breaks review report?", "In June.");
        });
        ProcessInstance first = processOf(questions[0]);
        process.runDueJobs(first);
        process.complete("clerk", process.task(first, "recordSupplementary"), Map.of("supplementaryAsked", true,
                "supplementaryText", "What will close the gap?", "supplementaryAnswerMode", "given", "supplementaryAnswer", "A new recruitment campaign."));
        ProcessInstance second = processOf(questions[1]);
        process.runDueJobs(second);
        process.complete("clerk", process.task(second, "recordSupplementary"), Map.of("supplementaryAsked", true,
                "supplementaryText", "Will parents be consulted?", "supplementaryAnswerMode", "written"));

        steps.record(meeting, steps.oneItem(meeting, steps.itemNumbered(meeting, "Questions from members of the public"), null));
        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);

        String html = new String(documents.latest(meeting.id()).orElseThrow().html(), StandardCharsets.UTF_8);
        assertThat(html).contains("Question 1 from Sam Resident", questions[0].getReference(), "How many foster carers did the council recruit this year?",
                "Twenty-two, against thirty.", "What will close the gap?", "A new recruitment campaign.",
                "Question 2 from Alex Parent", "Will parents be consulted?", "A written answer is to follow by");
        assertThat(html).doesNotContain("sam.resident@example.org");
    }
}
