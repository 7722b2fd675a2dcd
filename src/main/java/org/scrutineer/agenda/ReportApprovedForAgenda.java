package org.scrutineer.agenda;

/** Published by the report lifecycle, inside its transaction, when a director approves a report for a meeting. */
public record ReportApprovedForAgenda(long meetingId, long reportId) {
}
