package org.scrutineer.report;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Democratic services place each report on its meeting's agenda; published reports appear in that order. */
@Service
class ReportAgenda {

    private final ReportRepository reports;

    ReportAgenda(ReportRepository reports) {
        this.reports = reports;
    }

    @Transactional
    Report place(long reportId, Integer item) {
        if (item == null || item < 1 || item > 999) {
            throw ReportRefused.invalid(Map.of("agendaItem", "Give the agenda item number, from 1 to 999"));
        }
        Report report = reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
        report.placeOnAgenda(item);
        return report;
    }
}
