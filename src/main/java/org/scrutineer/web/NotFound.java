package org.scrutineer.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What was asked for is not there: the API answers 404 with the reason, a page with the "Page not found" page. */
public class NotFound extends ErrorResponseException {

    private final String reason;

    public NotFound(String reason) {
        super(HttpStatus.NOT_FOUND, ApiProblem.detail(HttpStatus.NOT_FOUND, reason, Map.of()), null);
        this.reason = reason;
    }

    /** "There is no report with the id 12". */
    public static NotFound withId(String what, Object id) {
        return new NotFound("There is no " + what + " with the id " + id);
    }

    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
