package org.scrutineer.report;

import java.util.Date;
import java.util.Map;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingRescheduled;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.OpenWorkFollowsMeeting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a meeting moves, the open tasks and timers of its reports move with it, in the same transaction. */
@Component
class ReportDatesFollowMeeting {

    private final OpenWorkFollowsMeeting openWork;
    private final RuntimeService runtimeService;
    private final MeetingService meetings;
    private final DateWords words;
    private final Map<String, LongFunction<Date>> dueDates;
    private final Map<String, LongFunction<Date>> timers;

    ReportDatesFollowMeeting(OpenWorkFollowsMeeting openWork, RuntimeService runtimeService, MeetingService meetings, DateWords words,
                             ReportDates dates) {
        this.openWork = openWork;
        this.runtimeService = runtimeService;
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
        for (String instance : openWork.move(ReportSignOffStarter.PROCESS, meetingId, dueDates, timers)) {
            var meeting = meetings.get(meetingId);
            runtimeService.setVariable(instance, "meetingTitle", meeting.committee().name() + ", " + words.dateAtTime(meeting.startsAt()));
        }
    }
}
