package org.scrutineer.report;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.scrutineer.agenda.AgendaReport;
import org.scrutineer.agenda.AgendaReports;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reports as the agenda and its pack see them: the pack's fields, the sign-off table and the latest document, nothing else. */
@Component
class ReportsOnTheAgenda implements AgendaReports {

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final ReportDocuments documents;
    private final Clock clock;

    ReportsOnTheAgenda(ReportRepository reports, ReportQueries queries, ReportDocuments documents, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgendaReport> forMeeting(long meetingId) {
        return queries.forMeeting(meetingId).stream().map(this::onTheAgenda).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgendaReport> find(long reportId) {
        return reports.findById(reportId).map(this::onTheAgenda);
    }

    private AgendaReport onTheAgenda(Report report) {
        ReviewersTable table = ReviewersTable.of(report, clock.getZone());
        boolean approved = report.getStatus() == ReportStatus.APPROVED || report.getStatus() == ReportStatus.PUBLISHED;
        return new AgendaReport(report.getId(), report.getMeetingId(), report.getTitle(), report.getReportBy(), report.isExempt(),
                report.getExemptParagraph(), report.getDecisionType(), String.join(", ", report.getWardList()), approved, report.getAgendaItem(),
                table.reviewers().stream().map(row -> new AgendaReport.Reviewer(row.role(), row.name(), row.date())).toList(),
                report.getApprovedBy(), report.getApprovedOn(),
                report.latestVersion().map(version -> new AgendaReport.Document(version.getFileName(), version.getMediaType(),
                        "/reports/" + report.getId() + "/document", () -> documents.content(version))));
    }
}
