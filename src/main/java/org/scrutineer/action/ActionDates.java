package org.scrutineer.action;

import static org.scrutineer.calendar.LondonTime.endOfWorkingDay;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** The tracked-action model's dates, as {@code ${actionDates...}}, and an action's date when none is given. */
@Component("actionDates")
public class ActionDates {

    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final TrackedActionRepository actions;
    private final WorkingDayCalendar calendar;
    private final ActionSettings settings;
    private final Clock clock;

    ActionDates(TrackedActionRepository actions, WorkingDayCalendar calendar, ActionSettings settings, Clock clock) {
        this.actions = actions;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** The end of the working day the action is due by. */
    public Date due(long actionId) {
        return endOfWorkingDay(action(actionId).getDueBy());
    }

    /** The morning of the first working day after the due date: the first reminder to a partner. */
    public Date firstReminder(long actionId) {
        return LondonTime.at(calendar.nextWorkingDayOnOrAfter(action(actionId).getDueBy().plusDays(1)), REMINDER_TIME);
    }

    /** The morning of the next working day: the next reminder. */
    public Date nextReminder() {
        return LondonTime.at(calendar.nextWorkingDayOnOrAfter(today().plusDays(1)), REMINDER_TIME);
    }

    LocalDate defaultDueBy(LocalDate meetingDay) {
        return calendar.addWorkingDays(meetingDay, settings.dueWithinWorkingDays());
    }

    Instant linkExpiry() {
        return clock.instant().plus(settings.linkValidFor());
    }

    LocalDate today() {
        return LondonTime.today(clock);
    }

    private TrackedAction action(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new IllegalStateException("There is no action " + actionId));
    }
}
