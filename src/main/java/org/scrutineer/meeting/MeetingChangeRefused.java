package org.scrutineer.meeting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to a meeting that cannot be made as asked. {@code invalid} means something is missing or
 * malformed (400); otherwise it breaks a rule, such as the agenda's five clear days (422). Field to reason.
 */
public class MeetingChangeRefused extends RuntimeException {

    private final Map<String, String> errors;
    private final boolean invalid;

    MeetingChangeRefused(Map<String, String> errors, boolean invalid) {
        super(errors.values().iterator().next());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.invalid = invalid;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean invalid() {
        return invalid;
    }
}
