package org.scrutineer.agenda;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.meeting.TaskSubject;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** A meeting's tasks name its committee: "Prepare the agenda: Children and Young People Scrutiny Committee (meeting 23 March)". */
@Component
class MeetingTaskSubject implements TaskSubject {

    private final MeetingService meetings;

    MeetingTaskSubject(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(MeetingLifecycle.PROCESS);
    }

    @Override
    public About about(DelegateTask task) {
        ScheduledMeeting meeting = meetings.get(ProcessVariables.of(task).id("meetingId"));
        return About.atMeeting(meeting.committee().name(), meeting.startsAt().toLocalDate());
    }
}
