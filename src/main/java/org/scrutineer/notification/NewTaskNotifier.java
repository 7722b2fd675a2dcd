package org.scrutineer.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.scrutineer.calendar.LondonTime;
import org.springframework.stereotype.Component;

/**
 * Emails the people a new task is for, with a link into the Tasklist. The email names the task
 * and its process, never a case or its details: those stay behind the Tasklist's login.
 */
@Component
public class NewTaskNotifier implements TaskListener {

    static final String KIND = "new-task";

    private final TaskRecipients recipients;
    private final Outbox outbox;
    private final TaskLinks links;

    NewTaskNotifier(TaskRecipients recipients, Outbox outbox, TaskLinks links) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.links = links;
    }

    @Override
    public void notify(DelegateTask task) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            send(task);
            return null;
        });
    }

    private void send(DelegateTask task) {
        List<Recipient> people = recipients.forTask(task.getId(), task.getAssignee());
        if (people.isEmpty()) {
            return;
        }
        ProcessDefinition definition = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId());
        for (Recipient person : people) {
            Map<String, Object> model = new HashMap<>();
            model.put("name", person.name());
            model.put("taskName", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
            model.put("processName", definition.getName() == null ? definition.getKey() : definition.getName());
            model.put("assigned", task.getAssignee() != null);
            model.put("due", task.getDueDate() == null ? null : LondonTime.of(task.getDueDate()));
            model.put("link", links.task(task.getId()));
            outbox.enqueue(person.email(), "notification/mail/new-task", model, KIND, List.of(definition.getKey()));
        }
    }
}
