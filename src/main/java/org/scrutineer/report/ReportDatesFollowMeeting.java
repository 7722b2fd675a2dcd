package org.scrutineer.report;

import java.util.Date;
import java.util.Map;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingRescheduled;
import org.scrutineer.meeting.MeetingService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a meeting moves, the open tasks and timers of its reports move with it, in the same transaction. */
@Component
class ReportDatesFollowMeeting {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final MeetingService meetings;
    private final DateWords words;
    private final Map<String, LongFunction<Date>> dueDates;
    private final Map<String, LongFunction<Date>> timers;

    ReportDatesFollowMeeting(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                             MeetingService meetings, DateWords words, ReportDates dates) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.meetings = meetings;
        this.words = words;
        this.dueDates = Map.of(
                "approveReviewers", dates::reviewersDue,
                "reviewReport", dates::reviewDue,
                "reviseReport", dates::revisionDue,
                "approveReport", dates::approvalDue);
        this.timers = Map.of(
                "approvalAtRisk", dates::escalationDate,
                "agendaPublication", dates::agendaPublication);
    }

    @EventListener
    void meetingMoved(MeetingRescheduled moved) {
        long meetingId = moved.meetingId();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportSignOffStarter.PROCESS)
                .variableValueEquals("meetingId", meetingId).list()) {
            for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
                LongFunction<Date> due = dueDates.get(task.getTaskDefinitionKey());
                if (due != null) {
                    task.setDueDate(due.apply(meetingId));
                    taskService.saveTask(task);
                }
            }
            timers.forEach((activity, due) -> {
                for (Job timer : managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activity).timers().list()) {
                    managementService.setJobDuedate(timer.getId(), due.apply(meetingId));
                }
            });
            var meeting = meetings.get(meetingId);
            runtimeService.setVariable(instance.getId(), "meetingTitle", meeting.committee().name() + ", " + words.dateAtTime(meeting.startsAt()));
        }
    }
}
