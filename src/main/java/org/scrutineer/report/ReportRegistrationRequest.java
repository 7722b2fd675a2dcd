package org.scrutineer.report;

import java.util.List;

/** The body of {@code POST /api/reports} and of the staff page that registers a report. */
public record ReportRegistrationRequest(
        Long meetingId,
        String title,
        String reportBy,
        String classification,
        String exemptParagraph,
        String decisionType,
        List<String> wards,
        Implications implications,
        Boolean publicInterest) {

    /** The implication flags of the report template. */
    public record Implications(Boolean resource, Boolean legal, Boolean procurement, Boolean equality, Boolean risk) {

        static final Implications NONE = new Implications(false, false, false, false, false);
    }

    Implications flags() {
        return implications == null ? Implications.NONE : implications;
    }
}
