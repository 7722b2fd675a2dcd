package org.scrutineer.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The JSON shape of a meeting in {@code /api/meetings}. Times are London local time. */
public record MeetingJson(
        long id,
        String committee,
        String committeeName,
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt,
        String venue,
        @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime questionDeadline,
        LocalDate reportDeadline,
        LocalDate agendaPublicationDate) {

    static MeetingJson of(ScheduledMeeting m) {
        return new MeetingJson(m.id(), m.committee().id(), m.committee().name(), m.startsAt(), m.venue(),
                m.deadlines().questionDeadline(), m.deadlines().reportDeadline(), m.deadlines().agendaPublicationDate());
    }
}
