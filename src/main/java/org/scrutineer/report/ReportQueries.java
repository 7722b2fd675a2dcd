package org.scrutineer.report;

import java.util.Comparator;
import java.util.List;

import org.scrutineer.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ReportQueries {

    static final Comparator<Report> AGENDA_ORDER = Comparator
            .comparing(Report::getAgendaItem, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::getId);

    private final ReportRepository reports;

    ReportQueries(ReportRepository reports) {
        this.reports = reports;
    }

    public Report get(long id) {
        return reports.findById(id).orElseThrow(() -> NotFound.withId("report", id));
    }

    /** The meeting's reports in the agenda order democratic services gave, unplaced ones last. */
    public List<Report> forMeeting(long meetingId) {
        return reports.findByMeetingId(meetingId).stream().sorted(AGENDA_ORDER).toList();
    }

    public List<Report> published(long meetingId) {
        return forMeeting(meetingId).stream().filter(r -> r.getStatus() == ReportStatus.PUBLISHED).toList();
    }

    public List<Report> all() {
        return reports.findAllByOrderByIdDesc();
    }
}
