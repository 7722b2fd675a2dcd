package org.scrutineer.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** Derives a meeting's deadlines from its committee's rules and the working-day calendar. */
@Component
public class DeadlineRules {

    private final WorkingDayCalendar calendar;

    public DeadlineRules(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public MeetingDeadlines deadlinesFor(Committee committee, LocalDateTime startsAt) {
        LocalDate meetingDay = startsAt.toLocalDate();
        LocalDate questionDay = calendar.addWorkingDays(meetingDay, -committee.questionDeadlineWorkingDays());
        return new MeetingDeadlines(
                questionDay.atTime(committee.questionDeadlineTime()),
                calendar.addWorkingDays(meetingDay, -committee.reportDeadlineWorkingDays()),
                calendar.clearWorkingDaysBefore(meetingDay, committee.agendaClearWorkingDays()));
    }
}
