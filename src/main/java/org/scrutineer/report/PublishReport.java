package org.scrutineer.report;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** On the agenda publication date, an approved report goes on the meeting's public reports page. */
@Component("publishReport")
class PublishReport implements JavaDelegate {

    private final ReportRecords records;
    private final Clock clock;

    PublishReport(ReportRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = records.of(execution);
        if (report.getStatus() != ReportStatus.APPROVED) {
            throw new IllegalStateException("Report " + report.getId() + " is " + report.getStatus() + "; only an approved report is published");
        }
        report.publish(clock.instant());
    }
}
