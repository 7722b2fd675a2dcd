package org.scrutineer.question;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A question that cannot be accepted as sent. {@code invalid} means a field is missing or wrong
 * (the person can correct it); otherwise a rule of the meeting refuses it (late, a second
 * question, no declaration).
 */
public class QuestionRefused extends RuntimeException {

    private final Map<String, String> errors;
    private final boolean invalid;

    QuestionRefused(Map<String, String> errors, boolean invalid) {
        super(errors.values().iterator().next());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.invalid = invalid;
    }

    /** Field id to message, in the order of the form. */
    public Map<String, String> errors() {
        return errors;
    }

    public boolean invalid() {
        return invalid;
    }
}
