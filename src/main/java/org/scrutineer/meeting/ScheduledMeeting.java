package org.scrutineer.meeting;

import java.time.LocalDateTime;

/** A meeting together with its committee and the deadlines derived from them. */
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
}
