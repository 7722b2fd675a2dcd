package org.scrutineer.agenda;

import java.util.Optional;

/**
 * The minutes the agenda's "Minutes" item asks the meeting to confirm: the committee's previous
 * meeting's, once published. The minutes implement it.
 */
public interface PreviousMinutes {

    /** The published minutes of the committee's meeting before this one, or none yet. */
    Optional<Link> forMeeting(long meetingId);

    /** Where to read them, and the words of the link. */
    record Link(String path, String words) {
    }
}
