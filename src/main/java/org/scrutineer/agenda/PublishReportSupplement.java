package org.scrutineer.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** A report approved after the pack, which was to follow, becomes the next supplement. */
@Component("publishReportSupplement")
class PublishReportSupplement implements JavaDelegate {

    private final AgendaPublication publication;

    PublishReportSupplement(AgendaPublication publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        publication.publishReportSupplement(variables.id("meetingId"), variables.id("reportId"));
    }
}
