package org.scrutineer.minutes;

import static org.scrutineer.calendar.LondonTime.endOfWorkingDay;

import java.time.Clock;
import java.util.Date;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.meeting.MeetingService;
import org.springframework.stereotype.Component;

/** The minutes' due dates, for the committee-meeting model as {@code ${minutesDates...}}. */
@Component("minutesDates")
public class MinutesDates {

    private final MeetingService meetings;
    private final WorkingDayCalendar calendar;
    private final MinutesSettings settings;
    private final Clock clock;

    MinutesDates(MeetingService meetings, WorkingDayCalendar calendar, MinutesSettings settings, Clock clock) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** The end of the working day the configured number of working days after the meeting. */
    public Date recordingDue(long meetingId) {
        return endOfWorkingDay(calendar.addWorkingDays(meetings.get(meetingId).startsAt().toLocalDate(), settings.recordWithinWorkingDays()));
    }

    /** The end of the working day the configured number of working days from today. */
    public Date approvalDue() {
        return endOfWorkingDay(calendar.addWorkingDays(LondonTime.today(clock), settings.approveWithinWorkingDays()));
    }
}
