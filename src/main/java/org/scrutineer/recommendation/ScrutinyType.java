package org.scrutineer.recommendation;

import java.util.Arrays;
import java.util.Optional;

/** The kind of scrutiny a recommendation comes from; it sets how long the executive has to respond. */
public enum ScrutinyType {
    GENERAL("general"),
    HEALTH("health"),
    CRIME_AND_DISORDER("crime-and-disorder");

    private final String id;

    ScrutinyType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ScrutinyType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
