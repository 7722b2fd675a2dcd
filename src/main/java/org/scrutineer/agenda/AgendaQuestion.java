package org.scrutineer.agenda;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.scrutineer.publishing.Sha256;

/**
 * A public question published for a meeting, with its approved answers, as the questions supplement
 * prints it: who asked it (and on whose behalf), the question as published, and each addressee's answer.
 */
public record AgendaQuestion(String reference, String askedBy, String onBehalfOf, String question, List<Answer> answers) {

    public record Answer(String addressee, String answer) {
    }

    /** A SHA-256 of the questions and answers as printed, the same for the same content in the same order. */
    static String fingerprint(List<AgendaQuestion> questions) {
        StringBuilder content = new StringBuilder();
        for (AgendaQuestion q : questions) {
            field(content, q.reference());
            field(content, q.askedBy());
            field(content, q.onBehalfOf());
            field(content, q.question());
            for (Answer a : q.answers()) {
                field(content, a.addressee());
                field(content, a.answer());
            }
            content.append('\u001e');
        }
        return Sha256.hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder content, String value) {
        content.append(value == null ? "" : value.length() + ":" + value).append('\u001f');
    }
}
