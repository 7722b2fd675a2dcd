package org.scrutineer.meeting;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * When a meeting moves, the open work that hangs on it moves too: in each running instance of a
 * lifecycle whose {@code meetingId} is the meeting's, the due date of every open task and the date
 * of every waiting timer is counted again from the meeting, in the transaction that moved it, and each
 * open task's name says the meeting's new day ({@link TaskNames}). Each lifecycle says which of its
 * activities follow the meeting, and how their dates are counted.
 */
@Component
public class OpenWorkFollowsMeeting {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final MeetingRepository meetings;
    private final TaskNames taskNames;

    OpenWorkFollowsMeeting(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                           MeetingRepository meetings, TaskNames taskNames) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.meetings = meetings;
        this.taskNames = taskNames;
    }

    /**
     * Moves the open work of {@code processKey} for the meeting.
     *
     * @param taskDueDates by user task id, its due date for a meeting id
     * @param timerDates   by timer event id, its date for a meeting id
     * @return the ids of the process instances moved, for anything else they keep about the meeting
     */
    public List<String> move(String processKey, long meetingId, Map<String, LongFunction<Date>> taskDueDates,
                             Map<String, LongFunction<Date>> timerDates) {
        List<String> moved = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals("meetingId", meetingId).list().stream().map(ProcessInstance::getId).toList();
        LocalDate meetingDay = meetings.findById(meetingId).orElseThrow().getStartsAt().toLocalDate();
        for (String instance : moved) {
            for (Task task : taskService.createTaskQuery().processInstanceId(instance).list()) {
                LongFunction<Date> due = taskDueDates.get(task.getTaskDefinitionKey());
                if (due != null) {
                    task.setDueDate(due.apply(meetingId));
                    taskService.saveTask(task);
                }
                taskNames.followMeeting(task.getId(), meetingDay);
            }
            timerDates.forEach((activity, due) -> {
                for (Job timer : managementService.createJobQuery().processInstanceId(instance).activityId(activity).timers().list()) {
                    managementService.setJobDuedate(timer.getId(), due.apply(meetingId));
                }
            });
        }
        return moved;
    }
}
