package org.scrutineer.meeting;

import java.time.Instant;
import java.util.List;

/**
 * The documents published for a meeting, as its public page lists them: the meeting layer cannot know
 * the agenda, so the agenda implements this.
 */
public interface MeetingDocuments {

    List<Listed> publishedFor(long meetingId);

    /**
     * One published document: its title, its PDF's address, the web page it is also published as (or
     * none), the latest version's note, time and size, and every version, oldest first.
     */
    record Listed(String title, String path, String pagePath, String note, Instant publishedAt, long sizeBytes, List<Version> versions) {
    }

    /** A version of a document, read at {@code path}. */
    record Version(int number, Instant publishedAt, String path) {
    }
}
