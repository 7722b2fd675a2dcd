package org.scrutineer.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A question as staff see it through {@code GET /api/questions/{reference}}. */
record QuestionJson(
        String reference,
        long meetingId,
        QuestionStatus status,
        String name,
        String onBehalfOf,
        String email,
        String town,
        String addressedTo,
        String text,
        String publishedText,
        String rejectionReason,
        List<AnswerJson> answers,
        Boolean supplementaryAsked,
        String supplementaryText,
        String supplementaryAnswer,
        LocalDate writtenAnswerDue,
        Instant submittedAt,
        Instant publishedAt,
        Instant withdrawnAt,
        Instant erasedAt,
        List<String> waitingAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String calendarWarning) {

    record AnswerJson(String addressee, String answer, String answeredBy, Instant answeredAt) {
    }

    /** {@code calendarWarning} concerns the written answer's due date, counted in working days. */
    static QuestionJson of(PublicQuestion q, List<String> waitingAt, String calendarWarning) {
        return new QuestionJson(q.getReference(), q.getMeetingId(), q.getStatus(), q.getAskerName(), q.getOnBehalfOf(), q.getEmail(),
                q.getTown(), q.getAddressedTo(), q.getOriginalText(), q.getPublishedText(), q.getRejectionReason(),
                q.getAnswers().stream().map(a -> new AnswerJson(a.getAddressee(), a.getAnswer(), a.getAnsweredBy(), a.getAnsweredAt())).toList(),
                q.getSupplementaryAsked(), q.getSupplementaryText(), q.getSupplementaryAnswer(), q.getWrittenAnswerDue(),
                q.getSubmittedAt(), q.getPublishedAt(), q.getWithdrawnAt(), q.getErasedAt(), waitingAt, calendarWarning);
    }
}
