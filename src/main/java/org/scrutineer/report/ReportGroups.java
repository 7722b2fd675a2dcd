package org.scrutineer.report;

/** The Camunda groups of the report sign-off chain (DESIGN §5). */
final class ReportGroups {

    static final String AUTHORS = "report-authors";
    static final String DIRECTORS = "directors";

    private ReportGroups() {
    }
}
