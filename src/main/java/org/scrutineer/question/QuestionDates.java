package org.scrutineer.question;

import static org.scrutineer.calendar.LondonTime.at;
import static org.scrutineer.calendar.LondonTime.endOfWorkingDay;

import java.time.LocalDate;
import java.util.Date;

import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * The due dates of a public question's tasks and timers, all derived from its meeting, so that
 * they move when the meeting moves. Used by the model as {@code ${questionDates...}}.
 */
@Component("questionDates")
public class QuestionDates {

    private final MeetingService meetings;
    private final WorkingDayCalendar calendar;
    private final QuestionSettings settings;

    QuestionDates(MeetingService meetings, WorkingDayCalendar calendar, QuestionSettings settings) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** 1 working day after the question deadline. */
    public Date screeningDue(long meetingId) {
        ScheduledMeeting m = meetings.get(meetingId);
        return endOfWorkingDay(calendar.addWorkingDays(m.deadlines().questionDeadline().toLocalDate(), 1));
    }

    /** 2 working days before the meeting. */
    public Date answerDue(long meetingId) {
        return endOfWorkingDay(calendar.addWorkingDays(meetingDay(meetingId), -2));
    }

    /** 1 working day before the meeting, so the agenda supplement can go out. */
    public Date approvalDue(long meetingId) {
        return endOfWorkingDay(calendar.addWorkingDays(meetingDay(meetingId), -1));
    }

    public Date meetingStart(long meetingId) {
        return at(meetings.get(meetingId).startsAt());
    }

    /** 1 working day after the meeting. */
    public Date supplementaryDue(long meetingId) {
        return endOfWorkingDay(calendar.addWorkingDays(meetingDay(meetingId), 1));
    }

    /** 10 working days after the meeting. */
    public Date writtenAnswerDue(long meetingId) {
        return endOfWorkingDay(writtenAnswerDay(meetingId));
    }

    LocalDate writtenAnswerDay(long meetingId) {
        return calendar.addWorkingDays(meetingDay(meetingId), 10);
    }

    /** When the asker's contact details are erased. */
    public Date erasureDate(long meetingId) {
        return at(meetings.get(meetingId).startsAt().plus(settings.eraseContactDetailsAfter()));
    }

    private LocalDate meetingDay(long meetingId) {
        return meetings.get(meetingId).startsAt().toLocalDate();
    }
}
