package org.scrutineer.agenda;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A report approved, or a public question's answers published, is told to its meeting's process, which decides what to publish. */
@Component
class LifecyclesTellTheMeeting {

    private final MeetingLifecycle lifecycle;

    LifecyclesTellTheMeeting(MeetingLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @EventListener
    void reportApproved(ReportApprovedForAgenda approved) {
        lifecycle.tell(approved.meetingId(), "ReportApprovedForAgenda", Map.of("reportId", approved.reportId()));
    }

    @EventListener
    void answersPublished(QuestionAnswersPublished published) {
        lifecycle.answersPublished(published.meetingId());
    }
}
