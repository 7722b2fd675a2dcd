package org.scrutineer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.OpenWorkFollowsMeeting;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one helper every lifecycle uses when a meeting moves, shown on report sign-off: it moves the
 * named tasks and timers of the instances for that meeting, and nothing of another meeting's.
 */
@ScrutineerTest
class OpenWorkFollowsMeetingTest {

    private static final Date TASK_DUE = Date.from(Instant.parse("2027-03-04T12:00:00Z"));
    private static final Date TIMER_DUE = Date.from(Instant.parse("2027-03-05T12:00:00Z"));

    @Autowired OpenWorkFollowsMeeting openWork;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ReportRegistration registration;
    @Autowired ReportDocuments documents;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ProcessInstance reportFor(ScheduledMeeting meeting) {
        Report report = registration.register(ReportFixtures.request(meeting.id(), "Placement sufficiency",
                ReportFixtures.flags(false, false, false, false, false)), "author");
        documents.upload(report.getId(), "report.pdf", ReportFixtures.pdf("version 1"), "author");
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportSignOffStarter.PROCESS)
                .processInstanceBusinessKey(String.valueOf(report.getId())).singleResult();
    }

    private Date taskDue(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("approveReviewers").singleResult().getDueDate();
    }

    private Date timerDue(ProcessInstance pi, String activity) {
        Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activity).timers().singleResult();
        return timer.getDuedate();
    }

    @Test
    void theNamedTasksAndTimersOfTheMeetingsInstancesMoveAndNothingElse() {
        ScheduledMeeting moved = ReportFixtures.meeting(meetings, clock);
        ScheduledMeeting other = meetings.schedule("cyp", LocalDateTime.parse("2027-03-30T14:00"), null);
        ProcessInstance report = reportFor(moved);
        ProcessInstance otherReport = reportFor(other);
        Date otherTask = taskDue(otherReport);
        Date otherTimer = timerDue(otherReport, "approvalAtRisk");

        List<String> instances = openWork.move(ReportSignOffStarter.PROCESS, moved.id(),
                Map.of("approveReviewers", meetingId -> TASK_DUE), Map.of("approvalAtRisk", meetingId -> TIMER_DUE));

        assertThat(instances).containsExactly(report.getId());
        assertThat(taskDue(report)).isEqualTo(TASK_DUE);
        assertThat(timerDue(report, "approvalAtRisk")).isEqualTo(TIMER_DUE);
        assertThat(taskDue(otherReport)).as("another meeting's task").isEqualTo(otherTask);
        assertThat(timerDue(otherReport, "approvalAtRisk")).as("another meeting's timer").isEqualTo(otherTimer);

        openWork.move(ReportSignOffStarter.PROCESS, moved.id(), Map.of("reviewReport", meetingId -> TIMER_DUE), Map.of());
        assertThat(taskDue(report)).as("a task not named stays").isEqualTo(TASK_DUE);
        assertThat(timerDue(report, "approvalAtRisk")).as("a timer not named stays").isEqualTo(TIMER_DUE);
    }
}
