package org.scrutineer.report;

import java.util.List;

import org.scrutineer.agenda.ReportPlacement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lifecycle's report for the agenda, registered as an open report for information to all wards,
 * with its PDF as the first version, so that it goes through the reviewers, the director and the
 * agenda's publication as any report does.
 */
@Component
class ReportsPlacedByLifecycles implements ReportPlacement {

    static final String FOR_INFORMATION = "for-information";
    static final String ALL_WARDS = "All wards";

    private final ReportRegistration registration;
    private final ReportDocuments documents;

    ReportsPlacedByLifecycles(ReportRegistration registration, ReportDocuments documents) {
        this.registration = registration;
        this.documents = documents;
    }

    @Override
    @Transactional
    public long place(PlacedReport placed) {
        Report report = registration.register(new ReportRegistrationRequest(placed.meetingId(), placed.title(), placed.reportBy(),
                Report.OPEN, null, FOR_INFORMATION, List.of(ALL_WARDS), null, false), placed.placedBy());
        documents.upload(report.getId(), placed.fileName(), placed.pdf(), placed.placedBy());
        return report.getId();
    }
}
