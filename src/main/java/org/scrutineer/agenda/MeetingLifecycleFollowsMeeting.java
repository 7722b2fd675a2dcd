package org.scrutineer.agenda;

import java.util.Date;
import java.util.Map;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.meeting.MeetingCancelled;
import org.scrutineer.meeting.MeetingRescheduled;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.OpenWorkFollowsMeeting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The meeting's process follows the meeting, in the transaction that changes it: when it moves, every
 * timer and the agenda task's due date move, and the draft's standard items say the new dates; when
 * it is cancelled, the process ends and what was published carries the notice.
 */
@Component
class MeetingLifecycleFollowsMeeting {

    private final OpenWorkFollowsMeeting openWork;
    private final MeetingLifecycle lifecycle;
    private final AgendaService agendas;
    private final AgendaPublication publication;
    private final MeetingService meetings;
    private final RuntimeService runtimeService;
    private final Map<String, LongFunction<Date>> dueDates;
    private final Map<String, LongFunction<Date>> timers;

    MeetingLifecycleFollowsMeeting(OpenWorkFollowsMeeting openWork, MeetingLifecycle lifecycle, AgendaService agendas,
                                   AgendaPublication publication, MeetingService meetings, RuntimeService runtimeService,
                                   MeetingLifecycleDates dates) {
        this.openWork = openWork;
        this.lifecycle = lifecycle;
        this.agendas = agendas;
        this.publication = publication;
        this.meetings = meetings;
        this.runtimeService = runtimeService;
        this.dueDates = Map.of("prepareAgenda", dates::agendaPublication);
        this.timers = Map.of(
                "reportDeadlineReached", dates::agendaDrafting,
                "publicationTimeReached", dates::agendaPublication,
                "agendaPublication", dates::agendaPublication,
                "meetingStarts", dates::meetingStart);
    }

    @EventListener
    void moved(MeetingRescheduled moved) {
        for (String instance : openWork.move(MeetingLifecycle.PROCESS, moved.meetingId(), dueDates, timers)) {
            runtimeService.setVariables(instance, lifecycle.describe(meetings.get(moved.meetingId())));
        }
        agendas.find(moved.meetingId()).filter(agenda -> !agenda.isPublished()).ifPresent(agenda -> agendas.reword(moved.meetingId()));
    }

    @EventListener
    void cancelled(MeetingCancelled cancelled) {
        if (!lifecycle.tell(cancelled.meetingId(), "MeetingCancelled", Map.of())) {
            publication.markCancelled(cancelled.meetingId());
        }
    }
}
