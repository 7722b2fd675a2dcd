package org.scrutineer.report;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Finds the report a process instance is about, from its {@code reportId} variable. */
@Component
class ReportRecords {

    private final ReportRepository reports;

    ReportRecords(ReportRepository reports) {
        this.reports = reports;
    }

    Report of(VariableScope scope) {
        long id = ((Number) scope.getVariable("reportId")).longValue();
        return reports.findById(id).orElseThrow(() -> new IllegalStateException("Report " + id + " is missing"));
    }
}
