package org.scrutineer.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** At the report deadline, the draft agenda: the standard items and the reports registered. */
@Component("draftAgenda")
class DraftAgenda implements JavaDelegate {

    private final AgendaService agendas;

    DraftAgenda(AgendaService agendas) {
        this.agendas = agendas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agendas.draft(ProcessVariables.of(execution).id("meetingId"));
    }
}
