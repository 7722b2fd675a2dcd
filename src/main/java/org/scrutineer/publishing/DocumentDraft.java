package org.scrutineer.publishing;

/** A document ready to publish: its series (e.g. "meeting-12/agenda"), title, the note of what changed (null for the first version), the HTML page and its PDF. */
public record DocumentDraft(String series, String title, String note, String html, byte[] pdf) {
}
