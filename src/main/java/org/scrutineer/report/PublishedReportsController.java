package org.scrutineer.report;

import java.time.Clock;

import org.scrutineer.meeting.MeetingService;
import org.scrutineer.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public side of reports: a meeting's published reports in agenda order, each open report's
 * page with its reviewers table, and its published document. Nothing unpublished is shown, and an
 * exempt report shows only its title and Schedule 12A paragraph.
 */
@Controller
class PublishedReportsController {

    private final MeetingService meetings;
    private final ReportQueries queries;
    private final ReportDocuments documents;
    private final Clock clock;

    PublishedReportsController(MeetingService meetings, ReportQueries queries, ReportDocuments documents, Clock clock) {
        this.meetings = meetings;
        this.queries = queries;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/meetings/{id}/reports")
    String agenda(@PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute("reports", queries.published(id));
        return "report/agenda";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Model model) {
        Report report = published(id);
        model.addAttribute("report", report);
        model.addAttribute("meeting", meetings.get(report.getMeetingId()));
        model.addAttribute("reviewers", ReviewersTable.of(report, clock.getZone()));
        return "report/published";
    }

    @GetMapping("/reports/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        Report report = published(id);
        if (report.isExempt()) {
            throw NotFound.withId("report", id);
        }
        ReportVersion version = report.latestVersion().orElseThrow(() -> NotFound.withId("report", id));
        return DocumentDownload.inline(version, documents.content(version));
    }

    private Report published(long id) {
        Report report = queries.get(id);
        if (report.getStatus() != ReportStatus.PUBLISHED) {
            throw NotFound.withId("report", id);
        }
        return report;
    }
}
