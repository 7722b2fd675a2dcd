package org.scrutineer.agenda;

/** Published by the question lifecycle, inside its transaction, when a question and its approved answers are published. */
public record QuestionAnswersPublished(long meetingId) {
}
