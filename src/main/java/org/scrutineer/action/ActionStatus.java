package org.scrutineer.action;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an action stands on a given day: open and not yet due, past its due date unanswered (or
 * answered only in part), answered as done, or closed by democratic services.
 */
public enum ActionStatus {
    OPEN("Open", "govuk-tag--blue"),
    OVERDUE("Overdue", "govuk-tag--red"),
    RESPONDED("Responded", "govuk-tag--green"),
    CLOSED("Closed", "govuk-tag--grey");

    private final String words;
    private final String tagClass;

    ActionStatus(String words, String tagClass) {
        this.words = words;
        this.tagClass = tagClass;
    }

    /** The GOV.UK tag colour the pages show the status in. */
    public String tagClass() {
        return tagClass;
    }

    public String words() {
        return words;
    }

    public static Optional<ActionStatus> fromName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
