package org.scrutineer.recommendation;

import java.util.Arrays;
import java.util.Optional;

/** How a recommendation was closed. */
public enum Closure {
    ADDED_TO_WORK_PROGRAMME("added-to-work-programme", "Added to the committee's work programme"),
    ACTIONED("actioned", "Actioned"),
    NOT_ACTIONED("not-actioned", "Not actioned"),
    LAPSED("lapsed", "Lapsed: no response or action within a year"),
    WITHDRAWN("withdrawn", "Withdrawn: taken out of the minutes before it was sent");

    private final String id;
    private final String words;

    Closure(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Optional<Closure> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
