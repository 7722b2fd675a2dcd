package org.scrutineer.recommendation;

import org.scrutineer.meeting.MeetingRescheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a meeting moves, the tracker shows its recommendations under the new date. */
@Component
class RecommendationsFollowMeeting {

    private final RecommendationRepository recommendations;

    RecommendationsFollowMeeting(RecommendationRepository recommendations) {
        this.recommendations = recommendations;
    }

    @EventListener
    void meetingMoved(MeetingRescheduled moved) {
        recommendations.findByMeetingId(moved.meetingId()).forEach(r -> r.meetingMovedTo(moved.startsAt().toLocalDate()));
    }
}
