package org.scrutineer.agenda;

import static org.scrutineer.calendar.LondonTime.at;
import static org.scrutineer.calendar.LondonTime.endOfWorkingDay;

import java.time.Clock;
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
    private final AgendaSettings settings;
    private final Clock clock;

    MeetingLifecycleDates(MeetingService meetings, AgendaSettings settings, Clock clock) {
        this.meetings = meetings;
        this.settings = settings;
        this.clock = clock;
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

    /** The end of the wait after an answer is approved, when the questions supplement is published again. */
    public Date questionsSupplementDue() {
        return Date.from(clock.instant().plus(settings.questionsSupplementWait()));
    }

    private ScheduledMeeting meeting(long meetingId) {
        return meetings.get(meetingId);
    }
}
