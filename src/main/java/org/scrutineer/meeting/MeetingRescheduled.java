package org.scrutineer.meeting;

import java.time.LocalDateTime;

/**
 * Published, inside the transaction that moves it, when a meeting moves. Features that hold dates
 * derived from the meeting (task due dates, report meeting dates) listen for it.
 */
public record MeetingRescheduled(
        long meetingId,
        String committeeId,
        LocalDateTime previousStartsAt,
        LocalDateTime startsAt,
        MeetingDeadlines previousDeadlines,
        MeetingDeadlines deadlines) {
}
