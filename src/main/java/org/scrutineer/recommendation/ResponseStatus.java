package org.scrutineer.recommendation;

import java.time.LocalDate;

/** Where a recommendation's response stands on a given day. */
public enum ResponseStatus {
    NOT_SENT,
    AWAITING_RESPONSE,
    OVERDUE,
    RESPONDED;

    /**
     * A response recorded without any dates (an old spreadsheet row) counts as received; otherwise
     * nothing counts until it was sent, and a response counts from the day it was received.
     */
    static ResponseStatus of(Recommendation r, LocalDate asOf) {
        boolean recorded = r.getDecision() != null || (r.getResponse() != null && !r.getResponse().isBlank());
        if (recorded && r.getDateSent() == null && r.getDueDate() == null && r.getDateReceived() == null) {
            return RESPONDED;
        }
        if (r.getDateSent() == null || r.getDateSent().isAfter(asOf)) {
            return NOT_SENT;
        }
        if (r.getDateReceived() != null && !r.getDateReceived().isAfter(asOf)) {
            return RESPONDED;
        }
        if (r.getDueDate() != null && r.getDueDate().isBefore(asOf)) {
            return OVERDUE;
        }
        return AWAITING_RESPONSE;
    }
}
