package org.scrutineer.action;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Reminds a partner of an overdue action, with the link they have, or a new one if it has expired,
 * and says whether another reminder is to follow ({@code remindAgain}) or democratic services are told.
 */
@Component("remindExternalOwner")
class RemindExternalOwner implements JavaDelegate {

    private final TrackedActions actions;
    private final ActionDates dates;
    private final ActionMail mail;
    private final ActionSettings settings;
    private final Clock clock;

    RemindExternalOwner(TrackedActions actions, ActionDates dates, ActionMail mail, ActionSettings settings, Clock clock) {
        this.actions = actions;
        this.dates = dates;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrackedAction action = actions.get(ProcessVariables.of(execution).id("actionId"));
        if (action.getRemindersSent() < settings.externalReminders()) {
            if (action.getLinkExpiresAt() == null || !clock.instant().isBefore(action.getLinkExpiresAt())) {
                action.newLink(dates.linkExpiry());
            }
            action.reminded();
            mail.remind(action);
        }
        execution.setVariable("remindAgain", action.getRemindersSent() < settings.externalReminders());
    }
}
