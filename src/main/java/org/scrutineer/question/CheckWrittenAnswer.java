package org.scrutineer.question;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Refuses to complete the written supplementary answer without the answer, before it is published. */
@Component("checkWrittenAnswer")
class CheckWrittenAnswer implements TaskListener {

    static final String MISSING = "Write the answer to the supplementary question";

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables.of(task).text("supplementaryAnswer", MISSING);
    }
}
