package org.scrutineer.question;

/** A question as sent from the public form or the API, before any check. */
public record QuestionSubmission(
        Long meetingId,
        String name,
        String email,
        String town,
        Boolean livesOrWorksInArea,
        String addressedTo,
        String text) {
}
