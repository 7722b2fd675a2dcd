package org.scrutineer.action;

import java.time.Clock;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.identity.Roles;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A partner has not answered after every reminder: democratic services are told, and the answer task
 * becomes theirs in the Tasklist, so they can chase it and record the answer for the partner.
 */
@Component("escalateUnansweredAction")
class EscalateUnansweredAction implements JavaDelegate {

    private final TrackedActions actions;
    private final ActionMail mail;
    private final TaskService taskService;
    private final Clock clock;

    EscalateUnansweredAction(TrackedActions actions, ActionMail mail, TaskService taskService, Clock clock) {
        this.actions = actions;
        this.mail = mail;
        this.taskService = taskService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrackedAction action = actions.get(ProcessVariables.of(execution).id("actionId"));
        action.escalated(clock.instant());
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(RecordActionResponse.TASK).list()) {
            taskService.addCandidateGroup(task.getId(), Roles.DEMOCRATIC_SERVICES);
        }
        mail.escalate(action);
    }
}
