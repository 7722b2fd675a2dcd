package org.scrutineer.minutes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The next meeting confirmed the minutes as a correct record: the confirmed version, with any amendments, replaces the draft. */
@Component("publishConfirmedMinutes")
class PublishConfirmedMinutes implements JavaDelegate {

    private final MinutesPublication publication;

    PublishConfirmedMinutes(MinutesPublication publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables input = ProcessVariables.of(execution);
        publication.publishConfirmed(input.id("meetingId"), input.id("confirmedAtMeeting"), input.text("amendments").orElse(null));
    }
}
