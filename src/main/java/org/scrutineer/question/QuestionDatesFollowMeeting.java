package org.scrutineer.question;

import java.util.Date;
import java.util.Map;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.meeting.MeetingRescheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a meeting moves, the open tasks and timers of its questions move with it, in the same transaction. */
@Component
class QuestionDatesFollowMeeting {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Map<String, LongFunction<Date>> dueDates;
    private final QuestionDeadlinesText deadlinesText;

    QuestionDatesFollowMeeting(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                               QuestionDates dates, QuestionDeadlinesText deadlinesText) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.deadlinesText = deadlinesText;
        this.dueDates = Map.of(
                "screenQuestion", dates::screeningDue,
                "draftAnswer", dates::answerDue,
                "approveAnswer", dates::approvalDue,
                "recordSupplementary", dates::supplementaryDue,
                "writeSupplementaryAnswer", dates::writtenAnswerDue,
                "meetingStarts", dates::meetingStart,
                "waitToErase", dates::erasureDate);
    }

    @EventListener
    void meetingMoved(MeetingRescheduled moved) {
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(QuestionIntake.PROCESS)
                .variableValueEquals("meetingId", moved.meetingId()).list()) {
            for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
                LongFunction<Date> due = dueDates.get(task.getTaskDefinitionKey());
                if (due != null) {
                    task.setDueDate(due.apply(moved.meetingId()));
                    taskService.saveTask(task);
                }
            }
            dueDates.forEach((activity, due) -> {
                for (Job timer : managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activity).timers().list()) {
                    managementService.setJobDuedate(timer.getId(), due.apply(moved.meetingId()));
                }
            });
            runtimeService.setVariable(instance.getId(), "deadlinesText", deadlinesText.describe(moved.meetingId()));
        }
    }
}
