package org.scrutineer.agenda;

import java.util.List;
import java.util.Optional;

/** The reports registered for meetings, as the report lifecycle tells the agenda about them. */
public interface AgendaReports {

    /** Every report registered for the meeting, in agenda order where democratic services placed them, then in the order registered. */
    List<AgendaReport> forMeeting(long meetingId);

    Optional<AgendaReport> find(long reportId);
}
