package org.scrutineer.action;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an action stands on a given day: open and not yet due, past its due date unanswered (or
 * answered only in part), answered as done, or closed by democratic services.
 */
public enum ActionStatus {
    OPEN("Open"),
    OVERDUE("Overdue"),
    RESPONDED("Responded"),
    CLOSED("Closed");

    private final String words;

    ActionStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static Optional<ActionStatus> fromName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
