package org.scrutineer.report;

import java.util.Map;

/** A request about a report that breaks one of its rules; field id to a message in plain English. */
public class ReportRefused extends RuntimeException {

    private final Map<String, String> errors;
    private final int status;

    ReportRefused(Map<String, String> errors, int status) {
        super(String.join(". ", errors.values()));
        this.errors = Map.copyOf(errors);
        this.status = status;
    }

    static ReportRefused invalid(Map<String, String> errors) {
        return new ReportRefused(errors, 400);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public int status() {
        return status;
    }
}
