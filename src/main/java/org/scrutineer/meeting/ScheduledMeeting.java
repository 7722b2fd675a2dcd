package org.scrutineer.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A meeting together with its committee and the deadlines it stores. */
public record ScheduledMeeting(Meeting meeting, Committee committee, MeetingDeadlines deadlines) {

    public long id() {
        return meeting.getId();
    }

    public LocalDateTime startsAt() {
        return meeting.getStartsAt();
    }

    public String venue() {
        return meeting.getVenue();
    }

    public boolean questionDeadlineOverridden() {
        return meeting.isQuestionDeadlineOverridden();
    }

    public boolean reportDeadlineOverridden() {
        return meeting.isReportDeadlineOverridden();
    }

    public boolean agendaPublicationDateOverridden() {
        return meeting.isAgendaPublicationDateOverridden();
    }

    public boolean anyDeadlineOverridden() {
        return questionDeadlineOverridden() || reportDeadlineOverridden() || agendaPublicationDateOverridden();
    }

    public String deadlineOverrideReason() {
        return meeting.getDeadlineOverrideReason();
    }

    /** The days the working-day calendar counted from or to for this meeting: its own day and its deadlines. */
    public List<LocalDate> calendarDates() {
        return List.of(startsAt().toLocalDate(), deadlines.questionDeadline().toLocalDate(), deadlines.reportDeadline(),
                deadlines.agendaPublicationDate());
    }
}
