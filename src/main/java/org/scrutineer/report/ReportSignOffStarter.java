package org.scrutineer.report;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.MailSettings;
import org.springframework.stereotype.Component;

/** Starts the report-signoff process for a newly registered report, with the report id as business key. */
@Component
class ReportSignOffStarter {

    static final String PROCESS = "report-signoff";

    private final RuntimeService runtimeService;
    private final MeetingService meetings;
    private final DateWords words;
    private final MailSettings mail;

    ReportSignOffStarter(RuntimeService runtimeService, MeetingService meetings, DateWords words, MailSettings mail) {
        this.runtimeService = runtimeService;
        this.meetings = meetings;
        this.words = words;
        this.mail = mail;
    }

    void start(Report report) {
        ScheduledMeeting meeting = meetings.get(report.getMeetingId());
        Map<String, Object> variables = new HashMap<>(report.decisionInputs());
        variables.put("reportId", report.getId());
        variables.put("meetingId", meeting.id());
        variables.put("author", report.getAuthor());
        variables.put("reportTitle", report.getTitle());
        variables.put("meetingTitle", meeting.committee().name() + ", " + words.dateAtTime(meeting.startsAt()));
        variables.put("reportLink", mail.publicUrl() + "/staff/reports/" + report.getId());
        runtimeService.startProcessInstanceByKey(PROCESS, String.valueOf(report.getId()), variables);
    }
}
