package org.scrutineer.dispute;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What a dispute is about (the IRO protocol's categories). */
public enum DisputeCategory {
    DRIFT_AND_DELAY("drift-and-delay", "Drift and delay"),
    NO_CARE_PLAN("no-care-plan", "No care or pathway plan presented for review"),
    INCOMPLETE_PLAN("incomplete-plan", "Incomplete plan"),
    PROFESSIONAL_DIFFERENCE("professional-difference", "Professional difference"),
    NO_ALLOCATED_WORKER("no-allocated-worker", "No allocated social worker or personal adviser"),
    OUTSTANDING_RECOMMENDATIONS("outstanding-recommendations", "Outstanding recommendations from a previous review"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    DisputeCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The category a request names, or null for one it does not know, to be refused as not chosen. */
    @JsonCreator
    static DisputeCategory fromRequest(String id) {
        return fromId(id).orElse(null);
    }

    public static Optional<DisputeCategory> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
