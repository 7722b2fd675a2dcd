package org.scrutineer.question;

import java.util.List;

import org.scrutineer.minutes.MinutesQuestion;
import org.scrutineer.minutes.MinutesQuestions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published questions as the minutes' appendix prints them, with what was asked and answered at the meeting. */
@Component
class QuestionsInTheMinutes implements MinutesQuestions {

    private final QuestionQueries queries;

    QuestionsInTheMinutes(QuestionQueries queries) {
        this.queries = queries;
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
