package org.scrutineer.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Tasks overdue by more than the threshold go to the escalation group of their process: each
 * member gets one email a day listing them, and each task's priority is raised so it stands out
 * in the Tasklist.
 */
@Component("escalateOverdueTasks")
class EscalateOverdueTasks implements JavaDelegate {

    static final String KIND = "overdue-escalation";
    static final int ESCALATED_PRIORITY = 90;

    private final OverdueTasks overdueTasks;
    private final TaskRecipients recipients;
    private final ReminderSettings settings;
    private final ReminderLedger ledger;
    private final Outbox outbox;
    private final TaskService taskService;
    private final TaskLinks links;
    private final Clock clock;

    EscalateOverdueTasks(OverdueTasks overdueTasks, TaskRecipients recipients, ReminderSettings settings,
                         ReminderLedger ledger, Outbox outbox, TaskService taskService, TaskLinks links, Clock clock) {
        this.overdueTasks = overdueTasks;
        this.recipients = recipients;
        this.settings = settings;
        this.ledger = ledger;
        this.outbox = outbox;
        this.taskService = taskService;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int sent = Context.getCommandContext().runWithoutAuthorization(this::escalate);
        execution.setVariable("escalationsSent", sent);
    }

    private int escalate() {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<OverdueTask>> byGroup = new LinkedHashMap<>();
        for (OverdueTask task : overdueTasks.now()) {
            if (task.workingDaysOverdue() > settings.escalateAfterWorkingDays()) {
                byGroup.computeIfAbsent(settings.escalationGroupFor(task.processKey()), g -> new ArrayList<>()).add(task);
                raisePriority(task.taskId());
            }
        }
        Map<Recipient, List<OverdueTask>> byPerson = new LinkedHashMap<>();
        byGroup.forEach((group, tasks) -> recipients.forGroupsAndUsers(List.of(group), List.of())
                .forEach(person -> byPerson.computeIfAbsent(person, p -> new ArrayList<>()).addAll(tasks)));
        int sent = 0;
        for (Map.Entry<Recipient, List<OverdueTask>> entry : byPerson.entrySet()) {
            Recipient person = entry.getKey();
            if (ledger.firstToday(person.userId(), KIND, today, entry.getValue().size())) {
                outbox.enqueue(person.email(), "notification/mail/overdue-escalation",
                        Map.of("name", person.name(), "tasks", entry.getValue(), "tasklist", links.tasklist(),
                                "threshold", settings.escalateAfterWorkingDays()), KIND,
                        entry.getValue().stream().map(OverdueTask::processKey).distinct().toList());
                sent++;
            }
        }
        return sent;
    }

    private void raisePriority(String taskId) {
        if (taskService.createTaskQuery().taskId(taskId).singleResult().getPriority() < ESCALATED_PRIORITY) {
            taskService.setPriority(taskId, ESCALATED_PRIORITY);
        }
    }
}
