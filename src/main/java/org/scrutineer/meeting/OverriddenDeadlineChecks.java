package org.scrutineer.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.SupportedDates;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * What a deadline set by hand must still respect, checked whenever one is set and whenever its
 * meeting moves: questions close before the meeting starts, reports are due before the meeting day,
 * and the agenda leaves the five clear working days the law requires (Local Government Act 1972,
 * section 100B).
 */
@Component
class OverriddenDeadlineChecks {

    static final int LEGAL_AGENDA_CLEAR_WORKING_DAYS = 5;
    static final int MAX_REASON = 1000;

    private final WorkingDayCalendar calendar;
    private final DateWords words;

    OverriddenDeadlineChecks(WorkingDayCalendar calendar, DateWords words) {
        this.calendar = calendar;
        this.words = words;
    }

    /** What is missing or malformed in the request itself. Field to reason. */
    Map<String, String> missing(DeadlineOverride change) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (change.isEmpty()) {
            return errors;
        }
        if (change.reason() == null || change.reason().isBlank()) {
            errors.put("deadlineOverrideReason", "Give the reason for changing the deadline");
        } else if (change.reason().length() > MAX_REASON) {
            errors.put("deadlineOverrideReason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        if (change.questionDeadline() != null) {
            SupportedDates.check(change.questionDeadline().toLocalDate());
        }
        if (change.reportDeadline() != null) {
            SupportedDates.check(change.reportDeadline());
        }
        if (change.agendaPublicationDate() != null) {
            SupportedDates.check(change.agendaPublicationDate());
        }
        return errors;
    }

    /** The rules the meeting's hand-set deadlines break as they now stand. Field to reason. */
    Map<String, String> brokenBy(Meeting meeting) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingDeadlines deadlines = meeting.deadlines();
        LocalDate meetingDay = meeting.getStartsAt().toLocalDate();
        if (meeting.isQuestionDeadlineOverridden() && !deadlines.questionDeadline().isBefore(meeting.getStartsAt())) {
            errors.put("questionDeadline", "Questions must close before the meeting starts at " + words.timeOnDate(meeting.getStartsAt()));
        }
        if (meeting.isReportDeadlineOverridden() && !deadlines.reportDeadline().isBefore(meetingDay)) {
            errors.put("reportDeadline", "Reports must be due before the day of the meeting, " + words.date(meetingDay));
        }
        if (meeting.isAgendaPublicationDateOverridden()) {
            int clear = calendar.clearWorkingDaysBetween(deadlines.agendaPublicationDate(), meetingDay);
            if (clear < LEGAL_AGENDA_CLEAR_WORKING_DAYS) {
                errors.put("agendaPublicationDate", "The agenda must be published with at least " + LEGAL_AGENDA_CLEAR_WORKING_DAYS
                        + " clear working days before the meeting on " + words.date(meetingDay) + ". Publishing it on "
                        + words.date(deadlines.agendaPublicationDate()) + " leaves " + (clear == 0 ? "none" : String.valueOf(clear)));
            }
        }
        return errors;
    }
}
