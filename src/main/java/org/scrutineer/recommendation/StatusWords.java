package org.scrutineer.recommendation;

import org.scrutineer.calendar.DateWords;
import org.springframework.stereotype.Component;

/** Where a recommendation stands, in plain words, for the public tracker. Used by views as {@code @statusWords}. */
@Component("statusWords")
public class StatusWords {

    private final DateWords words;

    StatusWords(DateWords words) {
        this.words = words;
    }

    public String describe(RecommendationJson r) {
        if (r.closure() != null) {
            String closed = Closure.fromId(r.closure()).map(Closure::words).orElse(r.closure());
            return r.closedOn() == null ? closed + "." : closed + " (" + words.shortDate(r.closedOn()) + ").";
        }
        return switch (r.responseStatus()) {
            case NOT_SENT -> "Not yet sent.";
            case AWAITING_RESPONSE -> "Sent on " + words.shortDate(r.dateSent()) + "."
                    + (r.dueDate() == null ? " Waiting for the response." : " The response is due by " + words.shortDate(r.dueDate()) + ".");
            case OVERDUE -> "Sent on " + words.shortDate(r.dateSent()) + ". The response was due by " + words.shortDate(r.dueDate())
                    + " and has not been received.";
            case RESPONDED -> (r.dateReceived() == null ? "Response received" : "Response received on " + words.shortDate(r.dateReceived()))
                    + (r.decision() == null ? "." : ": " + decision(r.decision()).toLowerCase() + ".");
        };
    }

    public String decision(String decision) {
        return decision == null ? "" : Decision.fromId(decision).map(Decision::words).orElse(decision);
    }

    /** The response to show after its decision: nothing when it only repeats the decision's words. */
    public String responseText(RecommendationJson r) {
        if (r.response() == null || r.decision() == null) {
            return r.response();
        }
        String bare = r.response().strip().replaceAll("[.!]+$", "");
        return bare.equalsIgnoreCase(decision(r.decision())) ? null : r.response();
    }

    public String status(ResponseStatus status) {
        return switch (status) {
            case NOT_SENT -> "Not sent";
            case AWAITING_RESPONSE -> "Awaiting response";
            case OVERDUE -> "Overdue";
            case RESPONDED -> "Responded";
        };
    }
}
