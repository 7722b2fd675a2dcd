package org.scrutineer.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The deadlines a meeting sets for the work that leads up to it. */
public record MeetingDeadlines(LocalDateTime questionDeadline, LocalDate reportDeadline, LocalDate agendaPublicationDate) {
}
