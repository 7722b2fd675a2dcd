package org.scrutineer.agenda;

import static org.scrutineer.calendar.LondonTime.at;
import static org.scrutineer.calendar.LondonTime.endOfWorkingDay;

import java.time.LocalTime;
import java.util.Date;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * The committee-meeting process's dates, each taken from the deadlines the meeting stores, so that
 * they move when it moves. Used by the model as {@code ${meetingLifecycleDates...}}.
 */
@Component("meetingLifecycleDates")
public class MeetingLifecycleDates {

    static final LocalTime PUBLICATION_TIME = LocalTime.of(9, 0);

    private final MeetingService meetings;

    MeetingLifecycleDates(MeetingService meetings) {
        this.meetings = meetings;
    }

    /** The end of the report deadline day, when the reports registered by then make the draft. */
    public Date agendaDrafting(long meetingId) {
        return endOfWorkingDay(meeting(meetingId).deadlines().reportDeadline());
    }

    /** 9am on the agenda publication date. */
    public Date agendaPublication(long meetingId) {
        return at(meeting(meetingId).deadlines().agendaPublicationDate(), PUBLICATION_TIME);
    }

    public Date meetingStart(long meetingId) {
        return LondonTime.at(meeting(meetingId).startsAt());
    }

    private ScheduledMeeting meeting(long meetingId) {
        return meetings.get(meetingId);
    }
}
