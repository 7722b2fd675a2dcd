package org.scrutineer.minutes;

import org.scrutineer.meeting.MeetingRescheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Minutes begun before a meeting moved take its new date, so that they number within the right municipal year. */
@Component
class MinutesFollowMeeting {

    private final MinutesRepository minutes;

    MinutesFollowMeeting(MinutesRepository minutes) {
        this.minutes = minutes;
    }

    @EventListener
    void moved(MeetingRescheduled moved) {
        minutes.findById(moved.meetingId()).ifPresent(m -> m.meetingMovedTo(moved.startsAt().toLocalDate()));
    }
}
