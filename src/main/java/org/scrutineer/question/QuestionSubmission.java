package org.scrutineer.question;

/**
 * A question as sent from the public form or the API, before any check. {@code onBehalfOf} is
 * optional: the name of the person the question is asked for.
 */
public record QuestionSubmission(
        Long meetingId,
        String name,
        String email,
        String town,
        Boolean livesOrWorksInArea,
        String addressedTo,
        String text,
        String onBehalfOf) {

    /** A question the asker puts for themselves. */
    public QuestionSubmission(Long meetingId, String name, String email, String town, Boolean livesOrWorksInArea,
                              String addressedTo, String text) {
        this(meetingId, name, email, town, livesOrWorksInArea, addressedTo, text, null);
    }
}
