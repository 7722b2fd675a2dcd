package org.scrutineer.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The public questions with their approved answers, as a supplement. */
@Component("publishQuestionsSupplement")
class PublishQuestionsSupplement implements JavaDelegate {

    private final AgendaPublication publication;

    PublishQuestionsSupplement(AgendaPublication publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingLifecycle.questionsSupplementBuilt(execution);
        ProcessVariables variables = ProcessVariables.of(execution);
        publication.publishQuestionsSupplement(variables.id("meetingId"));
    }
}
