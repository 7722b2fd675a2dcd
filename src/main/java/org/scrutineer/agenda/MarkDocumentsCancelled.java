package org.scrutineer.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The meeting is cancelled: each published document carries the notice. */
@Component("markDocumentsCancelled")
class MarkDocumentsCancelled implements JavaDelegate {

    private final AgendaPublication publication;

    MarkDocumentsCancelled(AgendaPublication publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
                publication.markCancelled(variables.id("meetingId"));
    }
}
