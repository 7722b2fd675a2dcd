package org.scrutineer.meeting;

import java.time.LocalDateTime;

/**
 * Published, inside the transaction that changes it, when a meeting moves or any of its stored
 * deadlines changes (set by hand, or the committee's rules re-applied). Features that hold dates
 * derived from the meeting (task due dates, timers, report meeting dates) listen for it.
 */
public record MeetingRescheduled(
        long meetingId,
        String committeeId,
        LocalDateTime previousStartsAt,
        LocalDateTime startsAt,
        MeetingDeadlines previousDeadlines,
        MeetingDeadlines deadlines) {
}
