package org.scrutineer.agenda;

import java.util.List;

/** The committee's work programme as the agenda pack prints it at publication; the work programme implements it. */
public interface AgendaWorkProgramme {

    /** The programme of the municipal year that holds the meeting, planned meetings in date order, then reserve. */
    List<Line> forMeeting(long meetingId);

    /** One item: the meeting it is planned for in words (or "Reserve"), its topic, form and status. */
    record Line(String plannedFor, String topic, String form, String status) {
    }
}
