package org.scrutineer.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * What was asked cannot be done as sent, with the reason in plain English and, where fields are at
 * fault, each field's reason in the order of the form. The API answers it as JSON
 * ({@link ApiErrorHandler}); a page that can show the form again catches it and shows each reason
 * beside its field, and any other page says it ({@link PageErrorHandler}).
 */
public class Refusal extends ErrorResponseException {

    private final String reason;
    private final Map<String, String> errors;

    private Refusal(HttpStatusCode status, String reason, Map<String, String> errors) {
        super(status, ApiProblem.detail(status, reason, errors), null);
        this.reason = reason;
        this.errors = errors;
    }

    /** Something is missing or malformed, and the person can put it right: 400. */
    public static Refusal invalid(Map<String, String> errors) {
        return of(HttpStatus.BAD_REQUEST, errors);
    }

    public static Refusal invalid(String field, String reason) {
        return invalid(Map.of(field, reason));
    }

    /** Well formed, but one of the rules says no (late, a second question, a date the protocol does not allow): 422. */
    public static Refusal breaksRule(Map<String, String> errors) {
        return of(HttpStatus.UNPROCESSABLE_ENTITY, errors);
    }

    public static Refusal breaksRule(String field, String reason) {
        return breaksRule(Map.of(field, reason));
    }

    /** Fields at fault, summed up by the first one's reason. */
    public static Refusal of(HttpStatusCode status, Map<String, String> errors) {
        return of(status, errors.values().iterator().next() + ".", errors);
    }

    public static Refusal of(HttpStatusCode status, String field, String reason) {
        return of(status, Map.of(field, reason));
    }

    /** No field at fault: the reason alone. */
    public static Refusal of(HttpStatusCode status, String reason) {
        return of(status, reason, Map.of());
    }

    public static Refusal of(HttpStatusCode status, String summary, Map<String, String> errors) {
        return new Refusal(status, summary, Collections.unmodifiableMap(new LinkedHashMap<>(errors)));
    }

    /** Every field's reason, one sentence each, for a summary that leaves none out. */
    public static String everyReason(Map<String, String> errors) {
        return String.join(". ", errors.values()) + ".";
    }

    public String reason() {
        return reason;
    }

    /** Field id to its reason, in the order of the form; empty when no one field is at fault. */
    public Map<String, String> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
