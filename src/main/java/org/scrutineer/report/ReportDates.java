package org.scrutineer.report;

import static org.scrutineer.calendar.LondonTime.at;
import static org.scrutineer.calendar.LondonTime.endOfWorkingDay;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.meeting.MeetingDeadlines;
import org.scrutineer.meeting.MeetingService;
import org.springframework.stereotype.Component;

/**
 * The due dates of a report's tasks and timers, all derived from its meeting's report deadline and
 * agenda publication date, so that they move when the meeting moves. Used by the model as
 * {@code ${reportDates...}}.
 */
@Component("reportDates")
public class ReportDates {

    private static final LocalTime START_OF_DAY = LocalTime.of(9, 0);

    private final MeetingService meetings;
    private final WorkingDayCalendar calendar;
    private final ReportSettings settings;

    ReportDates(MeetingService meetings, WorkingDayCalendar calendar, ReportSettings settings) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** 6 working days before the report deadline, leaving time for reviews and a revision. */
    public Date reviewersDue(long meetingId) {
        return endOfWorkingDay(beforeReportDeadline(meetingId, 6));
    }

    /** 3 working days before the report deadline. */
    public Date reviewDue(long meetingId) {
        return endOfWorkingDay(beforeReportDeadline(meetingId, 3));
    }

    /** 2 working days before the report deadline. */
    public Date revisionDue(long meetingId) {
        return endOfWorkingDay(beforeReportDeadline(meetingId, 2));
    }

    /** The report deadline itself. */
    public Date approvalDue(long meetingId) {
        return endOfWorkingDay(deadlines(meetingId).reportDeadline());
    }

    /** The end of the working day that is the configured number of working days before agenda publication. */
    public Date escalationDate(long meetingId) {
        return endOfWorkingDay(calendar.addWorkingDays(deadlines(meetingId).agendaPublicationDate(), -settings.escalateWorkingDaysBeforeAgenda()));
    }

    /** 9am on the agenda publication date. */
    public Date agendaPublication(long meetingId) {
        return at(deadlines(meetingId).agendaPublicationDate(), START_OF_DAY);
    }

    private LocalDate beforeReportDeadline(long meetingId, int workingDays) {
        return calendar.addWorkingDays(deadlines(meetingId).reportDeadline(), -workingDays);
    }

    private MeetingDeadlines deadlines(long meetingId) {
        return meetings.get(meetingId).deadlines();
    }
}
