package org.scrutineer.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Emails a partner the action with a new signed link to answer it; any link sent before stops working. */
@Component("askExternalOwner")
class AskExternalOwner implements JavaDelegate {

    private final TrackedActions actions;
    private final ActionDates dates;
    private final ActionMail mail;

    AskExternalOwner(TrackedActions actions, ActionDates dates, ActionMail mail) {
        this.actions = actions;
        this.dates = dates;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrackedAction action = actions.get(ProcessVariables.of(execution).id("actionId"));
        action.newLink(dates.linkExpiry());
        mail.ask(action);
    }
}
