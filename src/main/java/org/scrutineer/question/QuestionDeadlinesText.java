package org.scrutineer.question;

import java.util.Date;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/** The dates an officer working on a question needs, in words, for the task forms. */
@Component
class QuestionDeadlinesText {

    private final MeetingService meetings;
    private final QuestionDates dates;
    private final DateWords words;

    QuestionDeadlinesText(MeetingService meetings, QuestionDates dates, DateWords words) {
        this.meetings = meetings;
        this.dates = dates;
        this.words = words;
    }

    String describe(long meetingId) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        return "Questions closed: " + words.timeOnDate(meeting.deadlines().questionDeadline())
                + "\nScreen by: " + inWords(dates.screeningDue(meetingId))
                + "\nAnswers due: " + inWords(dates.answerDue(meetingId))
                + "\nApprove by: " + inWords(dates.approvalDue(meetingId))
                + "\nMeeting: " + words.dateAtTime(meeting.startsAt());
    }

    private String inWords(Date date) {
        return words.timeOnDate(LondonTime.of(date));
    }
}
