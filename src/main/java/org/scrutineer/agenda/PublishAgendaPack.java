package org.scrutineer.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** At 9am on the publication date, the pack, prepared or not. */
@Component("publishAgendaPack")
class PublishAgendaPack implements JavaDelegate {

    private final AgendaPublication publication;

    PublishAgendaPack(AgendaPublication publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        publication.publishPack(variables.id("meetingId"));
    }
}
