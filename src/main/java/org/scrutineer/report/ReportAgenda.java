package org.scrutineer.report;


import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
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
            throw Refusal.invalid("agendaItem", "Give the agenda item number, from 1 to 999");
        }
        Report report = reports.findById(reportId).orElseThrow(() -> NotFound.withId("report", reportId));
        report.placeOnAgenda(item);
        return report;
    }
}
