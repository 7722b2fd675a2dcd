package org.scrutineer.agenda;

import java.util.List;

/**
 * The "Information requests and actions tracking report" the agenda pack prints for its meeting, as
 * it stands at publication; the tracked actions implement it.
 */
public interface AgendaActionTracking {

    /** Every action of the committee since its last report, open ones first set, with its owner, due date, status and response. */
    List<Line> forMeeting(long meetingId);

    /** One action: where it was set, what was asked, of whom, by when, where it stands, and the owner's answer (or null). */
    record Line(String setAt, String kind, String text, String owner, String dueBy, String status, String response) {
    }
}
