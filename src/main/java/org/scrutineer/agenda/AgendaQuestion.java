package org.scrutineer.agenda;

import java.util.List;

/**
 * A public question published for a meeting, with its approved answers, as the questions supplement
 * prints it: who asked it (and on whose behalf), the question as published, and each addressee's answer.
 */
public record AgendaQuestion(String reference, String askedBy, String onBehalfOf, String question, List<Answer> answers) {

    public record Answer(String addressee, String answer) {
    }
}
