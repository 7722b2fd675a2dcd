package org.scrutineer.workprogramme;

/** A work programme item is now planned for a meeting it was not planned for before. */
public record ItemScheduled(long itemId, long meetingId) {
}
