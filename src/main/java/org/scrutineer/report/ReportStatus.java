package org.scrutineer.report;

/** Where a report is in its sign-off. */
public enum ReportStatus {
    CHOOSING_REVIEWERS("Choosing reviewers"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    AWAITING_APPROVAL("Awaiting approval"),
    APPROVED("Approved"),
    PUBLISHED("Published");

    private final String words;

    ReportStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
