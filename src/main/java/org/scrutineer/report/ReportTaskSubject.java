package org.scrutineer.report;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.TaskSubject;
import org.springframework.stereotype.Component;

/** A report's tasks name it by its title: "Approve the reviewers: Sufficiency of foster placements (meeting 18 March)". */
@Component
class ReportTaskSubject implements TaskSubject {

    private final ReportRecords reports;
    private final MeetingService meetings;

    ReportTaskSubject(ReportRecords reports, MeetingService meetings) {
        this.reports = reports;
        this.meetings = meetings;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ReportSignOffStarter.PROCESS);
    }

    @Override
    public About about(DelegateTask task) {
        Report report = reports.of(task);
        return About.atMeeting(report.getTitle(), meetings.get(report.getMeetingId()).startsAt().toLocalDate());
    }
}
