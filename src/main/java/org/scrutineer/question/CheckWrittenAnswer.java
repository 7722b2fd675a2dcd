package org.scrutineer.question;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses to complete the written supplementary answer without the answer, before it is published. */
@Component("checkWrittenAnswer")
class CheckWrittenAnswer implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object answer = task.getVariable("supplementaryAnswer");
        if (answer == null || answer.toString().isBlank()) {
            throw new ProcessEngineException("Write the answer to the supplementary question");
        }
    }
}
