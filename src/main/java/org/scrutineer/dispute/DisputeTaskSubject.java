package org.scrutineer.dispute;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.scrutineer.meeting.TaskSubject;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A dispute's tasks name it by its number only, "Respond to the informal dispute: dispute 14": never
 * its case reference, category or what is disputed, which stay on the dispute screens.
 */
@Component
class DisputeTaskSubject implements TaskSubject {

    @Override
    public Set<String> processKeys() {
        return Set.of(DisputeIntake.PROCESS);
    }

    @Override
    public About about(DelegateTask task) {
        return About.of("dispute " + ProcessVariables.of(task).id("disputeId"));
    }
}
