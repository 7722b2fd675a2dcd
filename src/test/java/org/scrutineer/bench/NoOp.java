package org.scrutineer.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Stands in for every delegate and task listener of the bare-engine model: does nothing. */
public class NoOp implements JavaDelegate, TaskListener {

    @Override
    public void execute(DelegateExecution execution) {
        // the bare engine's share of the work only
    }

    @Override
    public void notify(DelegateTask task) {
        // the bare engine's share of the work only
    }
}
