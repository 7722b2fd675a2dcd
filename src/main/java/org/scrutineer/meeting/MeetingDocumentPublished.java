package org.scrutineer.meeting;

/**
 * Published, inside the transaction that freezes it, when a document of a meeting is published for
 * everyone: an agenda pack, a supplement or the minutes, at their first or a later version.
 */
public record MeetingDocumentPublished(long meetingId, String title, int version, String note) {
}
