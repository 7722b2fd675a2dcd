package org.scrutineer.agenda;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Democratic services complete prepareAgenda: the agenda is ready, and waits for its publication time. */
@Component("recordAgendaReady")
class RecordAgendaReady implements TaskListener {

    private final AgendaService agendas;

    RecordAgendaReady(AgendaService agendas) {
        this.agendas = agendas;
    }

    @Override
    public void notify(DelegateTask task) {
        agendas.markReady(ProcessVariables.of(task).id("meetingId"));
    }
}
