package org.scrutineer.agenda;

/**
 * A document that another lifecycle places on a meeting's agenda as a report. The report lifecycle
 * registers it, keeps the document as the report's first version, and takes it through sign-off like
 * any other report: it reaches the agenda only once a director approves it.
 */
public interface ReportPlacement {

    /** Registers the report for its meeting, with the document as its first version, and answers the report's id. */
    long place(PlacedReport report);

    /** A report for the agenda as a lifecycle hands it over: a PDF already rendered, so what is signed off is what is published. */
    record PlacedReport(long meetingId, String title, String reportBy, String fileName, byte[] pdf, String placedBy) {
    }
}
