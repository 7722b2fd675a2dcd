package org.scrutineer.action;

import java.util.Arrays;
import java.util.Optional;

/** What the committee asked for: something done, or information sent to it. */
public enum ActionKind {
    ACTION("action", "Action"),
    INFORMATION_REQUEST("information-request", "Information request");

    private final String id;
    private final String words;

    ActionKind(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    public static Optional<ActionKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
