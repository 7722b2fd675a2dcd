package org.scrutineer.report;

public class ReportNotFoundException extends RuntimeException {

    ReportNotFoundException(long id) {
        super("There is no report with the id " + id);
    }
}
