package org.scrutineer.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The report template's "Report reviewers used for appraising this report" table, generated from
 * the sign-off record: each chosen role with the name and date of its approving review, then the
 * director who approved the report.
 */
public record ReviewersTable(List<Row> reviewers, String approvedBy, LocalDate approvedOn) {

    public record Row(String role, String name, LocalDate date) {
    }

    static ReviewersTable of(Report report, ZoneId zone) {
        List<Row> rows = report.latestSignOffs().entrySet().stream()
                .map(e -> e.getValue().filter(SignOff::isApproval)
                        .map(s -> new Row(e.getKey().title(), s.getReviewerName(), LocalDate.ofInstant(s.getSignedAt(), zone)))
                        .orElse(new Row(e.getKey().title(), null, null)))
                .toList();
        return new ReviewersTable(rows, report.getApprovedBy(), report.getApprovedOn());
    }
}
