package org.scrutineer.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.core.io.Resource;

/**
 * The story of the demo year. Each lifecycle plans its steps at the London date and time a person
 * would have taken them; {@link DemoYear} then lives them through in date order, with the one clock
 * at each step's time. A step uses the services and tasks people use: a task is completed by the demo
 * user who would do it, signed in as them, with the variables its form sends, so the engine's
 * authorizations and every listener check it as they would check that person.
 */
public final class DemoStory {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final DemoMeetings meetings;
    private final LocalDateTime begins;
    private final LocalDateTime now;
    private final WorkingDayCalendar calendar;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Resource folder;
    private final List<Step> steps = new ArrayList<>();

    DemoStory(DemoMeetings meetings, LocalDateTime begins, LocalDateTime now, WorkingDayCalendar calendar,
              TaskService taskService, IdentityService identityService, Resource folder) {
        this.meetings = meetings;
        this.begins = begins;
        this.now = now;
        this.calendar = calendar;
        this.taskService = taskService;
        this.identityService = identityService;
        this.folder = folder;
    }

    record Step(LocalDateTime at, int order, String what, Runnable action) {
    }

    public DemoMeetings meetings() {
        return meetings;
    }

    /** The day the demo is seeded, in London: the story ends now. */
    public LocalDate today() {
        return now.toLocalDate();
    }

    /** When the story begins, in London: the meetings were scheduled then. */
    /** Now, London time, where the story ends. */
    public LocalDateTime now() {
        return now;
    }

    public LocalDateTime begins() {
        return begins;
    }

    /** {@code days} working days after {@code day}, or before it when negative, at the given London time. */
    public LocalDateTime workingDays(LocalDate day, int days, int hour) {
        return calendar.addWorkingDays(day, days).atTime(hour, 0);
    }

    /**
     * Plans {@code action} at {@code at}, London time. Every step lies in the story: after it began,
     * and before now, since what the demo shows as waiting must already have happened.
     */
    public void on(LocalDateTime at, String what, Runnable action) {
        if (at.isBefore(begins) || !at.isBefore(now)) {
            throw new IllegalArgumentException("The demo step '" + what + "' at " + at + " lies outside the story, from "
                    + begins + " to " + now);
        }
        steps.add(new Step(at, steps.size(), what, action));
    }

    List<Step> inDateOrder() {
        return steps.stream().sorted(Comparator.comparing(Step::at).thenComparing(Step::order)).toList();
    }

    /** A file of demo content in {@code config/demo/}, read as {@code type}. */
    public <T> T content(String file, Class<T> type) {
        return read(folder, file, type);
    }

    static <T> T read(Resource folder, String file, Class<T> type) {
        try (InputStream in = folder.createRelative(file).getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content " + file, e);
        }
    }

    /** A text file of demo content in {@code config/demo/}. */
    public String text(String file) {
        try (InputStream in = folder.createRelative(file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content " + file, e);
        }
    }

    /** The open tasks {@code taskKey} of the process {@code processKey} with that business key. */
    public List<Task> tasks(String processKey, String businessKey, String taskKey) {
        return taskService.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list();
    }

    public Task task(String processKey, String businessKey, String taskKey) {
        List<Task> found = tasks(processKey, businessKey, taskKey);
        if (found.size() != 1) {
            throw new IllegalStateException("The demo expected one task " + taskKey + " of " + processKey + " " + businessKey
                    + " and found " + found.size());
        }
        return found.get(0);
    }

    /** A task's variable as its form shows it. */
    public Object variable(Task task, String name) {
        return taskService.getVariable(task.getId(), name);
    }

    /** Completes the task as {@code user} would in the Tasklist: signed in as them, sending what the form sends. */
    public void complete(String user, Task task, Map<String, Object> variables) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
