package org.scrutineer.recommendation;

import java.util.Arrays;
import java.util.Optional;

/** The executive's decision on a recommendation. */
public enum Decision {
    ACCEPTED("accepted", "Accepted"),
    PARTIALLY_ACCEPTED("partially-accepted", "Partially accepted"),
    NOT_ACCEPTED("not-accepted", "Not accepted");

    private final String id;
    private final String words;

    Decision(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Optional<Decision> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
