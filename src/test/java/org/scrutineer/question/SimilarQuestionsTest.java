package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerTest
class SimilarQuestionsTest {

    @Autowired QuestionIntake intake;
    @Autowired MeetingService meetings;
    @Autowired RuntimeService runtimeService;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Object similarShownFor(PublicQuestion question) {
        return runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(question.getReference()).singleResult().getId(), "similarQuestions");
    }

    @Test
    void theScreenerSeesEarlierSimilarQuestionsWithAScore() {
        ScheduledMeeting earlier = QuestionFixtures.meeting(meetings, clock);
        PublicQuestion first = intake.submit(QuestionFixtures.submission(earlier.id(), "chair",
                "How many foster carers did the borough recruit this year, and how many left fostering?"));
        PublicQuestion unrelated = intake.submit(QuestionFixtures.submission(earlier.id(), "officer",
                "When will the potholes on the high street be repaired?"));

        clock.advance(Duration.ofDays(1));
        PublicQuestion later = intake.submit(QuestionFixtures.submission(earlier.id(), "cabinet-member",
                "How many foster carers were recruited this year and how many foster carers left?"));

        Object shown = similarShownFor(later);
        assertThat(shown).asString().contains(first.getReference()).containsPattern("\\d+% similar")
                .doesNotContain(unrelated.getReference());
        assertThat(similarShownFor(unrelated)).asString().doesNotContain(first.getReference());
    }

    @Test
    void cosineOfWordCountsIgnoresCommonWordsAndCase() {
        assertThat(SimilarQuestions.words("How MANY foster carers are there? Foster!"))
                .containsEntry("foster", 2).containsEntry("many", 1).containsEntry("carers", 1)
                .doesNotContainKeys("how", "are", "there");
    }
}
