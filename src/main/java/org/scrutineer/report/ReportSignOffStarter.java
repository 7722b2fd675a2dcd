package org.scrutineer.report;

import org.springframework.stereotype.Component;

/** Starts the report-signoff process for a newly registered report. */
@Component
class ReportSignOffStarter {

    void start(Report report) {
    }
}
