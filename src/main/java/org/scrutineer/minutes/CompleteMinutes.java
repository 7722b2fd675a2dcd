package org.scrutineer.minutes;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** The clerk completes recordMinutes: refused until the minutes can go to the chair, then they do, and what they resolved is taken up. */
@Component("completeMinutes")
class CompleteMinutes implements TaskListener {

    private final MinutesService minutes;

    CompleteMinutes(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Override
    public void notify(DelegateTask task) {
        minutes.complete(ProcessVariables.of(task).id("meetingId"));
    }
}
