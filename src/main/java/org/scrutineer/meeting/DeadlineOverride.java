package org.scrutineer.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Deadlines democratic services set by hand for one meeting, and why. A null deadline is left as it is. */
public record DeadlineOverride(LocalDateTime questionDeadline, LocalDate reportDeadline, LocalDate agendaPublicationDate,
                               String reason) {

    public static final DeadlineOverride NONE = new DeadlineOverride(null, null, null, null);

    public boolean isEmpty() {
        return questionDeadline == null && reportDeadline == null && agendaPublicationDate == null;
    }
}
