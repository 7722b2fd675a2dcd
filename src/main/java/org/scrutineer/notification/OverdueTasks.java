package org.scrutineer.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** Finds every active task past its due date, with the people it is for. */
@Component
class OverdueTasks {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final TaskRecipients recipients;
    private final TaskLinks links;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    OverdueTasks(TaskService taskService, RepositoryService repositoryService, TaskRecipients recipients,
                 TaskLinks links, WorkingDayCalendar calendar, Clock clock) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.recipients = recipients;
        this.links = links;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<OverdueTask> now() {
        LocalDate today = LondonTime.today(clock);
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        TaskRecipients.Lookup people = recipients.lookup();
        List<Task> tasks = taskService.createTaskQuery().active().dueBefore(Date.from(clock.instant()))
                .orderByDueDate().asc().list();
        return tasks.stream().map(task -> {
            ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
                    : definitions.computeIfAbsent(task.getProcessDefinitionId(), repositoryService::getProcessDefinition);
            LocalDateTime due = LondonTime.of(task.getDueDate());
            int overdue = Math.max(calendar.workingDaysBetween(due.toLocalDate(), today), 0);
            return new OverdueTask(task.getId(),
                    task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
                    definition == null ? "" : definition.getKey(),
                    definition == null ? "" : (definition.getName() == null ? definition.getKey() : definition.getName()),
                    due, overdue, links.task(task.getId()), people.forTask(task.getId(), task.getAssignee()));
        }).toList();
    }
}
