package org.scrutineer.agenda;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.ProcessSteps;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.report.Report;
import org.scrutineer.report.ReportDocuments;
import org.scrutineer.report.ReportRegistration;
import org.scrutineer.report.ReportRegistrationRequest;
import org.springframework.stereotype.Component;

/**
 * The people around a meeting doing their work, signed in as themselves: democratic services with the
 * meeting and its agenda, the author registering a report, the reviewer and the director signing it off.
 * It is Monday 1 March 2027; the meeting is on Tuesday 23 March at 2pm, its reports are due on
 * Thursday 11 March and its agenda is published at 9am on Monday 15 March.
 */
@Component
class MeetingSteps {

    static final Instant FIRST_OF_MARCH = Instant.parse("2027-03-01T09:00:00Z");
    static final Instant REPORT_DEADLINE = Instant.parse("2027-03-11T17:00:00Z");
    static final Instant PUBLICATION = Instant.parse("2027-03-15T09:00:00Z");
    static final Instant MEETING = Instant.parse("2027-03-23T14:00:00Z");

    private final MeetingService meetings;
    private final ReportRegistration registration;
    private final ReportDocuments documents;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessSteps process;
    private final AppClock clock;

    MeetingSteps(MeetingService meetings, ReportRegistration registration, ReportDocuments documents, RuntimeService runtimeService,
                 TaskService taskService, ProcessSteps process, AppClock clock) {
        this.meetings = meetings;
        this.registration = registration;
        this.documents = documents;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.process = process;
        this.clock = clock;
    }

    ScheduledMeeting meetingOnTheTwentyThird() {
        clock.freezeAt(FIRST_OF_MARCH);
        return meetings.schedule("cyp", LocalDateTime.parse("2027-03-23T14:00"), null);
    }

    ProcessInstance lifecycleOf(ScheduledMeeting meeting) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("committee-meeting")
                .processInstanceBusinessKey("meeting-" + meeting.id()).singleResult();
    }

    Report register(ScheduledMeeting meeting, String title, byte[] document) {
        Report report = registration.register(new ReportRegistrationRequest(meeting.id(), title, "Director of Children's Services", "open", null,
                "non-key", List.of("All wards"), new ReportRegistrationRequest.Implications(false, false, false, false, false), false), "author");
        documents.upload(report.getId(), "report.pdf", document, "author");
        return report;
    }

    Report registerExempt(ScheduledMeeting meeting, String title, String paragraph, byte[] document) {
        Report report = registration.register(new ReportRegistrationRequest(meeting.id(), title, "Director of Children's Services", "exempt",
                paragraph, "non-key", List.of("All wards"), new ReportRegistrationRequest.Implications(false, false, false, false, false), false),
                "author");
        documents.upload(report.getId(), "report.pdf", document, "author");
        return report;
    }

    /** Governance reviews it, then the director approves it, from wherever its sign-off stands. */
    void signOff(Report report) {
        if (signOffTask(report, "approveReviewers") != null) {
            chooseReviewers(report);
        }
        if (signOffTask(report, "reviewReport") != null) {
            review(report);
        }
        complete("director", signOffTask(report, "approveReport"), Map.of("approved", true, "approvalComments", ""));
    }

    void chooseReviewers(Report report) {
        complete("clerk", signOffTask(report, "approveReviewers"), Map.of("reviewerRoles", List.of("governance")));
    }

    void review(Report report) {
        complete("reviewer-governance", signOffTask(report, "reviewReport"), Map.of("outcome", "approve", "comments", ""));
    }

    void at(Instant instant) {
        clock.freezeAt(instant);
    }

    void runDueJobs(ProcessInstance instance) {
        process.runDueJobs(instance);
    }

    /** Runs the due jobs of every report of the meeting, as the job executor would. */
    void runReportJobs(Report... reports) {
        for (Report report : reports) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("report-signoff")
                    .processInstanceBusinessKey(String.valueOf(report.getId())).singleResult();
            if (instance != null) {
                runDueJobs(instance);
            }
        }
    }

    Task task(ProcessInstance instance, String key) {
        return process.task(instance, key);
    }

    void complete(String user, Task task, Map<String, Object> variables) {
        process.complete(user, task, variables);
    }

    private Task signOffTask(Report report, String key) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("report-signoff")
                .processInstanceBusinessKey(String.valueOf(report.getId())).singleResult();
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }
}
