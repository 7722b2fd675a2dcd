package org.scrutineer.agenda;

/**
 * A report's front sheet in the pack or a supplement: its attributes and the reviewers table, or for
 * an exempt report only its title and paragraph. A PDF document follows it; any other is linked.
 */
record ReportSheet(String heading, String meetingWords, AgendaReport report, boolean exempt, String exemptWords, String purpose,
                   String downloadName, String downloadUrl, boolean merged) {
}
