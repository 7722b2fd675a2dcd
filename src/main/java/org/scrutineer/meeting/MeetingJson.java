package org.scrutineer.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.scrutineer.calendar.CalendarCoverage;

/**
 * The JSON shape of a meeting in {@code /api/meetings}. Times are London local time. Each deadline
 * says whether democratic services set it by hand ({@code ...Overridden}, with the reason); a
 * {@code calendarWarning} appears when a date falls in a year whose bank holidays are not known.
 */
public record MeetingJson(
        long id,
        String committee,
        String committeeName,
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt,
        String venue,
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime questionDeadline,
        LocalDate reportDeadline,
        LocalDate agendaPublicationDate,
        boolean questionDeadlineOverridden,
        boolean reportDeadlineOverridden,
        boolean agendaPublicationDateOverridden,
        @JsonInclude(JsonInclude.Include.NON_NULL) String deadlineOverrideReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String calendarWarning,
        boolean cancelled,
        @JsonInclude(JsonInclude.Include.NON_NULL) String cancellationReason) {

    static MeetingJson of(ScheduledMeeting m, CalendarCoverage coverage) {
        return new MeetingJson(m.id(), m.committee().id(), m.committee().name(), m.startsAt(), m.venue(),
                m.deadlines().questionDeadline(), m.deadlines().reportDeadline(), m.deadlines().agendaPublicationDate(),
                m.questionDeadlineOverridden(), m.reportDeadlineOverridden(), m.agendaPublicationDateOverridden(),
                m.deadlineOverrideReason(), coverage.warningFor(m.calendarDates()),
                m.meeting().isCancelled(), m.meeting().getCancellationReason());
    }
}
