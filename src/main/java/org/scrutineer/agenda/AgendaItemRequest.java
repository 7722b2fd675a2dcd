package org.scrutineer.agenda;

/**
 * An agenda item as democratic services give it: an existing item by its {@code id} (its place in the
 * list is its new place), or a new one. A standard item keeps its wording; a report's item its report.
 */
public record AgendaItemRequest(
        Long id,
        String title,
        String purpose,
        String leadOfficer,
        Long reportId,
        Boolean exempt,
        String exemptParagraph,
        String lateReason) {
}
