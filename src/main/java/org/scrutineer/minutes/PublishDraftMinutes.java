package org.scrutineer.minutes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The chair approved the draft minutes: they are published, marked as a draft to be confirmed at the next meeting. */
@Component("publishDraftMinutes")
class PublishDraftMinutes implements JavaDelegate {

    private final MinutesPublication publication;

    PublishDraftMinutes(MinutesPublication publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publication.publishDraft(ProcessVariables.of(execution).id("meetingId"));
    }
}
