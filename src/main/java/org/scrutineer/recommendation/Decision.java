package org.scrutineer.recommendation;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the addressee decided on a recommendation. Only accepting or noting it needs no reasons; a
 * recommendation that is not accepted has no action plan.
 */
public enum Decision {
    ACCEPTED("accepted", "Accepted", false),
    PARTIALLY_ACCEPTED("partially-accepted", "Partially accepted", true),
    NOT_ACCEPTED("not-accepted", "Not accepted", true),
    NOTED("noted", "Noted", false);

    private final String id;
    private final String words;
    private final boolean needsReasons;

    Decision(String id, String words, boolean needsReasons) {
        this.id = id;
        this.words = words;
        this.needsReasons = needsReasons;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public boolean needsReasons() {
        return needsReasons;
    }

    public boolean hasActionPlan() {
        return this != NOT_ACCEPTED;
    }

    public static Optional<Decision> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
