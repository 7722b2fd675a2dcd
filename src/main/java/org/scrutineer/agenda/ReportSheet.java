package org.scrutineer.agenda;

/**
 * A report's front sheet in the pack or a supplement: its attributes and the reviewers table, or for
 * an exempt report only its title and paragraph. Its readable PDF ({@code pdf}) follows it; any other
 * document is linked.
 */
record ReportSheet(String heading, String meetingWords, AgendaReport report, boolean exempt, String exemptWords, String purpose,
                   String downloadName, String downloadUrl, byte[] pdf) {
}
