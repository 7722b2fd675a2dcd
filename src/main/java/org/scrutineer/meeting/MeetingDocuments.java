package org.scrutineer.meeting;

import java.time.Instant;
import java.util.List;

/**
 * The documents published for a meeting, as its public page lists them: the meeting layer cannot know
 * the agenda, so the agenda implements this.
 */
public interface MeetingDocuments {

    List<Listed> publishedFor(long meetingId);

    /** One published document: its title, where to read it, when and how large its latest version is, and how many versions it has. */
    record Listed(String title, String path, Instant publishedAt, long sizeBytes, int versions) {
    }
}
