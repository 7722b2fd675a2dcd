package org.scrutineer.question;

import java.util.List;

import org.scrutineer.agenda.AgendaQuestion;
import org.scrutineer.agenda.AgendaQuestions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published questions as the questions supplement prints them: who asked, the question as published, each approved answer. */
@Component
class QuestionsOnTheAgenda implements AgendaQuestions {

    private final QuestionQueries queries;

    QuestionsOnTheAgenda(QuestionQueries queries) {
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
}
