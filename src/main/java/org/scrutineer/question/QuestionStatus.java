package org.scrutineer.question;

public enum QuestionStatus {
    /** Received and waiting to be screened. */
    SUBMITTED,
    /** Accepted and being answered. */
    ACCEPTED,
    REJECTED,
    /** Published with its answer in the agenda supplement. */
    PUBLISHED,
    WITHDRAWN
}
