package org.scrutineer.report;

import org.scrutineer.web.ProcessRecords;
import org.springframework.stereotype.Component;

/** Finds the report a process instance is about, from its {@code reportId} variable. */
@Component
class ReportRecords extends ProcessRecords<Report> {

    ReportRecords(ReportRepository reports) {
        super("reportId", reports, id -> new IllegalStateException("Report " + id + " is missing"));
    }
}
