package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.agenda.AgendaQuestion;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;

/** A meeting's published questions come with their answers in two statements, however many there are. */
@ScrutineerTest
class PublishedQuestionsLoadTest {

    private static final int QUESTIONS = 12;

    @Autowired PublicQuestionRepository questions;
    @Autowired QuestionsAtTheMeeting atTheMeeting;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;
    @Autowired EntityManagerFactory entityManagerFactory;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theAnswersOfAMeetingsQuestionsAreReadTogether() {
        ScheduledMeeting meeting = QuestionFixtures.meeting(meetings, clock);
        Instant now = clock.instant();
        for (int i = 1; i <= QUESTIONS; i++) {
            PublicQuestion question = new PublicQuestion("PQ-LOAD-" + i, meeting.id(), meeting.committee().id(),
                    QuestionFixtures.submission(meeting.id(), "chair", "Question " + i + " about the libraries?"), now);
            question.accept(null);
            question.recordAnswer("chair", "Answer " + i + " from the chair.", "officer", now);
            question.recordAnswer("cabinet-member", "Answer " + i + " from the cabinet member.", "officer", now);
            question.publish(now);
            questions.save(question);
        }

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        List<AgendaQuestion> published;
        try {
            published = atTheMeeting.publishedFor(meeting.id());
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(published).hasSize(QUESTIONS);
        assertThat(published).allSatisfy(q -> assertThat(q.answers()).hasSize(2));
        assertThat(published.get(0).answers()).extracting(AgendaQuestion.Answer::answer)
                .contains("Answer 1 from the chair.", "Answer 1 from the cabinet member.");
        assertThat(statistics.getPrepareStatementCount()).as("statements to read the questions and their answers").isLessThanOrEqualTo(2);
    }
}
