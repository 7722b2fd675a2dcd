package org.scrutineer.action;

import java.time.Clock;
import java.time.LocalDate;

import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.minutes.MinutesCompleted;
import org.scrutineer.minutes.ResolvedAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every action the minutes set is tracked exactly once, known by its meeting, minute and number:
 * completed again after a correction, a new one starts, one nobody has answered yet takes the
 * corrected words (its owner and date stay as its owner was told), and one already answered stays as
 * it was answered.
 */
@Component
class ActionsFollowTheMinutes {

    private final TrackedActionRepository actions;
    private final TrackedActions tracked;
    private final ActionOwners owners;
    private final ActionDates dates;
    private final MeetingService meetings;
    private final Clock clock;

    ActionsFollowTheMinutes(TrackedActionRepository actions, TrackedActions tracked, ActionOwners owners, ActionDates dates,
                            MeetingService meetings, Clock clock) {
        this.actions = actions;
        this.tracked = tracked;
        this.owners = owners;
        this.dates = dates;
        this.meetings = meetings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void completed(MinutesCompleted completed) {
        ScheduledMeeting meeting = meetings.get(completed.meetingId());
        LocalDate meetingDay = meeting.startsAt().toLocalDate();
        for (ResolvedAction resolved : completed.actions()) {
            ActionOwner owner = owners.fromMinutes(resolved.owner(), resolved.ownerEmail());
            LocalDate dueBy = resolved.dueBy() == null ? dates.defaultDueBy(meetingDay) : resolved.dueBy();
            actions.findByMeetingIdAndMinuteAndNumberInMinute(meeting.id(), resolved.minute(), resolved.number()).ifPresentOrElse(existing -> {
                if (existing.getResponses().isEmpty() && existing.getClosedOn() == null && existing.owner().equals(owner)) {
                    existing.reword(resolved.text(), resolved.exempt());
                }
            }, () -> tracked.start(new TrackedAction(meeting.committee().id(), meeting.id(), resolved.minute(), resolved.number(), resolved.text(),
                    ActionKind.ACTION, owner, dueBy, resolved.exempt(), clock.instant(), dates.today(), null)));
        }
    }
}
