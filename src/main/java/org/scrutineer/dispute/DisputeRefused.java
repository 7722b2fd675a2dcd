package org.scrutineer.dispute;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dispute that cannot be raised as sent. {@code invalid} means a field is missing, unknown or
 * malformed (400); otherwise it is well formed but breaks a rule, such as the case reference format
 * or a date later than the protocol allows (422).
 */
public class DisputeRefused extends RuntimeException {

    private final Map<String, String> errors;
    private final boolean invalid;

    DisputeRefused(Map<String, String> errors, boolean invalid) {
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
