package org.scrutineer.action;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.TaskSubject;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** An action's task is named for what was asked and the meeting that asked: "Answer the action: Send the committee ... (meeting 12 October)". */
@Component
class ActionTaskSubject implements TaskSubject {

    private final TrackedActions actions;
    private final MeetingService meetings;

    ActionTaskSubject(TrackedActions actions, MeetingService meetings) {
        this.actions = actions;
        this.meetings = meetings;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(TrackedActions.PROCESS);
    }

    @Override
    public About about(DelegateTask task) {
        TrackedAction action = actions.get(ProcessVariables.of(task).id("actionId"));
        String text = action.getText();
        return About.atMeeting(text.length() > 80 ? text.substring(0, 77) + "..." : text,
                meetings.get(action.getMeetingId()).startsAt().toLocalDate());
    }
}
