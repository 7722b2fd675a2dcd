package org.scrutineer.web;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Saves what a user task gave, as the service task that follows it, once the task's complete
 * listener has checked it. Models deployed before the check and the saving were two steps ran this
 * as the task's complete listener, and instances started on them stay on them: for those it checks
 * the task first, then saves, as it did then.
 */
public abstract class RecordAfterTask implements JavaDelegate, TaskListener {

    private final TaskListener check;

    protected RecordAfterTask(TaskListener check) {
        this.check = check;
    }

    @Override
    public final void notify(DelegateTask task) {
        check.notify(task);
        try {
            execute(task.getExecution());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
