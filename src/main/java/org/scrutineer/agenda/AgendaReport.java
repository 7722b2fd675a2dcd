package org.scrutineer.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A report registered for a meeting, as the agenda and its pack use it: only the fields the pack is
 * built from, never a drafting note. {@code approved} is true once the director has approved it.
 *
 * @param reviewers  the "Report reviewers used for appraising this report" table, from the sign-off record
 * @param agendaItem the agenda item number democratic services placed it at, if any
 * @param document   the latest uploaded version, if any
 */
public record AgendaReport(
        long id,
        long meetingId,
        String title,
        String reportBy,
        boolean exempt,
        String exemptParagraph,
        String decisionType,
        String wards,
        boolean approved,
        Integer agendaItem,
        List<Reviewer> reviewers,
        String approvedBy,
        LocalDate approvedOn,
        Optional<Document> document) {

    /** A role that reviewed the report, and who approved it for that role on which day (none while unsigned). */
    public record Reviewer(String role, String name, LocalDate date) {
    }

    /**
     * An uploaded version of the report: a PDF is merged into the pack, anything else linked from its
     * front sheet. Its bytes are read only when the pack needs them.
     */
    public record Document(String fileName, String mediaType, String downloadPath, Supplier<byte[]> content) {

        public byte[] bytes() {
            return content.get();
        }

        public boolean isPdf() {
            return "application/pdf".equals(mediaType);
        }
    }
}
