package org.scrutineer.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A report as staff see it through {@code GET /api/reports/{id}}. */
record ReportJson(
        long id,
        long meetingId,
        String title,
        String reportBy,
        String classification,
        String exemptParagraph,
        String decisionType,
        List<String> wards,
        ImplicationsJson implications,
        boolean publicInterest,
        String author,
        String status,
        Integer agendaItem,
        List<String> reviewerRoles,
        List<SignOffJson> signOffs,
        String approvedBy,
        LocalDate approvedOn,
        List<VersionJson> versions,
        Instant publishedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String calendarWarning) {

    record ImplicationsJson(boolean resource, boolean legal, boolean procurement, boolean equality, boolean risk) {
    }

    record SignOffJson(String role, String outcome, String name, LocalDate date, String comments) {
    }

    record VersionJson(int number, String fileName, String mediaType, long size, String uploadedBy, Instant uploadedAt) {
    }

    /** {@code calendarWarning} concerns the meeting's deadlines, from which the report's due dates are counted. */
    static ReportJson of(Report r, java.time.ZoneId zone, String calendarWarning) {
        return new ReportJson(r.getId(), r.getMeetingId(), r.getTitle(), r.getReportBy(), r.getClassification(), r.getExemptParagraph(),
                r.getDecisionType(), r.getWardList(),
                new ImplicationsJson(r.isResourceImplications(), r.isLegalImplications(), r.isProcurementImplications(),
                        r.isEqualityImplications(), r.isRiskImplications()),
                r.isPublicInterest(), r.getAuthor(), r.getStatus().name().toLowerCase().replace('_', '-'), r.getAgendaItem(),
                r.getChosenRoles().stream().map(ReviewerRole::id).toList(),
                r.latestSignOffs().entrySet().stream().map(e -> e.getValue()
                        .map(s -> new SignOffJson(e.getKey().id(), s.getOutcome(), s.getReviewerName(),
                                LocalDate.ofInstant(s.getSignedAt(), zone), s.getComments()))
                        .orElse(new SignOffJson(e.getKey().id(), null, null, null, null))).toList(),
                r.getApprovedBy(), r.getApprovedOn(),
                r.getVersions().stream().map(v -> new VersionJson(v.getNumber(), v.getFileName(), v.getMediaType(), v.getSizeBytes(),
                        v.getUploadedBy(), v.getUploadedAt())).toList(),
                r.getPublishedAt(), calendarWarning);
    }
}
