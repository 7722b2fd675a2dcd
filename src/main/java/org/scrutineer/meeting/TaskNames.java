package org.scrutineer.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.LondonTime;
import org.springframework.stereotype.Component;

/**
 * Names each new task of a lifecycle after what it is about, "Approve the reviewers: Sufficiency of
 * foster placements (meeting 18 March)", and keeps the two parts as the task's own variables
 * {@code item} and {@code meeting}, which the Tasklist's filters show as columns. A task of a
 * process no {@link TaskSubject} claims keeps the name its model gives it.
 */
@Component
public class TaskNames {

    private static final String ITEM = "item";
    private static final String MEETING = "meeting";

    /** The task name column's width in the engine's tables. */
    static final int LONGEST_NAME = 255;

    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH_AND_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern MEETING_WORDS = Pattern.compile(" \\(meeting [^()]*\\)$");

    private final Map<String, TaskSubject> subjects = new HashMap<>();
    private final TaskService taskService;
    private final Clock clock;

    TaskNames(List<TaskSubject> subjects, TaskService taskService, Clock clock) {
        for (TaskSubject subject : subjects) {
            subject.processKeys().forEach(key -> {
                if (this.subjects.putIfAbsent(key, subject) != null) {
                    throw new IllegalStateException("Two task subjects claim the process " + key);
                }
            });
        }
        this.taskService = taskService;
        this.clock = clock;
    }

    /** Names a task of {@code processKey} as it is created. */
    void name(DelegateTask task, String processKey) {
        TaskSubject subject = subjects.get(processKey);
        if (subject == null) {
            return;
        }
        TaskSubject.About about = Context.getCommandContext().runWithoutAuthorization(() -> subject.about(task));
        String meeting = about.meetingDay() == null ? "" : meetingWords(about.meetingDay());
        String start = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        task.setName(fitted(start, about.item(), meeting));
        task.setVariableLocal(ITEM, about.item());
        if (about.meetingDay() != null) {
            task.setVariableLocal(MEETING, DAY_MONTH_AND_YEAR.format(about.meetingDay()));
        }
    }

    /** Renames an open task that names its meeting, which has moved to {@code day}. */
    void followMeeting(String taskId, LocalDate day) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task.getName() == null || !MEETING_WORDS.matcher(task.getName()).find()) {
            return;
        }
        task.setName(MEETING_WORDS.matcher(task.getName()).replaceFirst(Matcher.quoteReplacement(" (" + meetingWords(day) + ")")));
        taskService.saveTask(task);
        taskService.setVariableLocal(taskId, MEETING, DAY_MONTH_AND_YEAR.format(day));
    }

    /** "meeting 18 March", with the year when it is not this year. */
    private String meetingWords(LocalDate day) {
        boolean thisYear = day.getYear() == LondonTime.today(clock).getYear();
        return "meeting " + (thisYear ? DAY_AND_MONTH : DAY_MONTH_AND_YEAR).format(day);
    }

    /** The name in full, or with the item cut short, marked with an ellipsis, to fit the engine's column. */
    static String fitted(String start, String item, String meeting) {
        String after = meeting.isEmpty() ? "" : " (" + meeting + ")";
        String name = start + ": " + item + after;
        if (name.length() <= LONGEST_NAME) {
            return name;
        }
        int room = Math.max(0, LONGEST_NAME - start.length() - ": ".length() - "…".length() - after.length());
        return start + ": " + item.substring(0, room).strip() + "…" + after;
    }
}
