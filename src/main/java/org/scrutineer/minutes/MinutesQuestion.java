package org.scrutineer.minutes;

import java.time.LocalDate;
import java.util.List;

/**
 * A public question as the minutes' appendix prints it, taken from the question's record: the question
 * and its published answers, the supplementary question and the answer given at the meeting, or the
 * date a written answer is to follow (and the written answer once given).
 */
public record MinutesQuestion(String reference, String askedBy, String onBehalfOf, String question, List<Answer> answers,
                              boolean supplementaryAsked, String supplementaryQuestion, String supplementaryAnswer, LocalDate writtenAnswerDue) {

    public record Answer(String addressee, String answer) {
    }
}
