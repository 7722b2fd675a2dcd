package org.scrutineer.workprogramme;

import java.util.Arrays;
import java.util.Optional;

/** Where a work programme item stands. A dropped item keeps the reason. */
public enum ItemStatus {
    PROPOSED("proposed", "Proposed"),
    SCHEDULED("scheduled", "Scheduled"),
    DONE("done", "Done"),
    DROPPED("dropped", "Dropped");

    private final String id;
    private final String words;

    ItemStatus(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Optional<ItemStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
