package org.scrutineer.dispute;

import java.time.LocalDate;

import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** The protocol's working-day deadlines, each counted from the stage's day 0. */
@Component
public class DisputeDeadlines {

    private final WorkingDayCalendar calendar;
    private final DisputeSettings settings;

    DisputeDeadlines(WorkingDayCalendar calendar, DisputeSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public LocalDate informalResponse(LocalDate dayZero) {
        return calendar.addWorkingDays(dayZero, settings.informalResponseWorkingDays());
    }

    public LocalDate formalMeeting(LocalDate dayZero) {
        return calendar.addWorkingDays(dayZero, settings.formalMeetingWorkingDays());
    }

    public LocalDate formalResolution(LocalDate dayZero) {
        return calendar.addWorkingDays(dayZero, settings.formalResolutionWorkingDays());
    }

    /** The response deadline at {@code tier}, reached on {@code reachedOn}: the tier's own working days, never later than the resolution day. */
    public LocalDate tierResponse(int tier, LocalDate reachedOn, LocalDate resolutionDueBy) {
        LocalDate due = calendar.addWorkingDays(reachedOn, settings.tier(tier).respondWithinWorkingDays());
        return resolutionDueBy.isBefore(due) ? resolutionDueBy : due;
    }

    /** Whether an escalation on {@code day} leaves too few working days before the resolution day for the next tier. */
    public boolean tooLateForTheNextTier(LocalDate day, LocalDate resolutionDueBy) {
        return calendar.workingDaysBetween(day, resolutionDueBy) < settings.lateEscalationWorkingDays();
    }

    /** The top tier's deadline when an escalation on {@code day} came too late for the next tier. */
    public LocalDate lateEscalationResponse(LocalDate day) {
        return calendar.addWorkingDays(day, settings.lateEscalationWorkingDays());
    }

    /**
     * The day a formal dispute counts as unanswered: early enough to call the meeting with notice
     * while no meeting has been held, otherwise the tier's own deadline.
     */
    public LocalDate noResponseBy(Dispute dispute, LocalDate today) {
        if (dispute.getMeetingHeldOn() == null && dispute.getMeetingDueBy() != null) {
            LocalDate callMeeting = calendar.addWorkingDays(dispute.getMeetingDueBy(), -settings.meetingNoticeWorkingDays());
            if (callMeeting.isAfter(today) && callMeeting.isBefore(dispute.getTierDueBy())) {
                return callMeeting;
            }
        }
        return dispute.getTierDueBy();
    }

    public LocalDate review(LocalDate today) {
        return calendar.addWorkingDays(today, settings.reviewWorkingDays());
    }

    public LocalDate cafcassOutcome(LocalDate referredOn) {
        return calendar.addWorkingDays(referredOn, settings.cafcassOutcomeWorkingDays());
    }

    /** Working days from day 0 of the stage to {@code to}, never negative. */
    public int elapsed(LocalDate dayZero, LocalDate to) {
        return Math.max(calendar.workingDaysBetween(dayZero, to), 0);
    }
}
