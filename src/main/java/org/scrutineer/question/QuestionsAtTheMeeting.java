package org.scrutineer.question;

import java.util.List;

import org.scrutineer.agenda.AgendaQuestion;
import org.scrutineer.agenda.AgendaQuestions;
import org.scrutineer.minutes.MinutesQuestion;
import org.scrutineer.minutes.MinutesQuestions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published questions of a meeting: as the questions supplement prints them (who asked, the
 * question as published, each approved answer), and as the minutes' appendix prints them, with what
 * was asked and answered at the meeting.
 */
@Component
class QuestionsAtTheMeeting implements AgendaQuestions, MinutesQuestions {

    private final QuestionQueries queries;

    QuestionsAtTheMeeting(QuestionQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaQuestion> publishedFor(long meetingId) {
        return queries.publishedForMeeting(meetingId).stream()
                .map(q -> new AgendaQuestion(q.getReference(), q.getAskerName(), q.getOnBehalfOf(), q.getTextForPublication(),
                        q.getAnswers().stream().map(a -> new AgendaQuestion.Answer(a.getAddresseeWords(), a.getAnswer())).toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MinutesQuestion> forMeeting(long meetingId) {
        return queries.publishedForMeeting(meetingId).stream()
                .map(q -> new MinutesQuestion(q.getReference(), q.getAskerName(), q.getOnBehalfOf(), q.getTextForPublication(),
                        q.getAnswers().stream().map(a -> new MinutesQuestion.Answer(a.getAddresseeWords(), a.getAnswer())).toList(),
                        Boolean.TRUE.equals(q.getSupplementaryAsked()), q.getSupplementaryText(), q.getSupplementaryAnswer(),
                        q.getWrittenAnswerDue()))
                .toList();
    }
}
