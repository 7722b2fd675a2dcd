package org.scrutineer.question;

import java.util.Date;
import java.util.Map;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.meeting.MeetingRescheduled;
import org.scrutineer.meeting.OpenWorkFollowsMeeting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a meeting moves, the open tasks and timers of its questions move with it, in the same transaction. */
@Component
class QuestionDatesFollowMeeting {

    private final OpenWorkFollowsMeeting openWork;
    private final RuntimeService runtimeService;
    private final QuestionDeadlinesText deadlinesText;
    private final Map<String, LongFunction<Date>> dueDates;
    private final Map<String, LongFunction<Date>> timers;

    QuestionDatesFollowMeeting(OpenWorkFollowsMeeting openWork, RuntimeService runtimeService, QuestionDates dates,
                               QuestionDeadlinesText deadlinesText) {
        this.openWork = openWork;
        this.runtimeService = runtimeService;
        this.deadlinesText = deadlinesText;
        this.dueDates = Map.of(
                "screenQuestion", dates::screeningDue,
                "draftAnswer", dates::answerDue,
                "approveAnswer", dates::approvalDue,
                "recordSupplementary", dates::supplementaryDue,
                "writeSupplementaryAnswer", dates::writtenAnswerDue);
        this.timers = Map.of(
                "meetingStarts", dates::meetingStart,
                "waitToErase", dates::erasureDate);
    }

    @EventListener
    void meetingMoved(MeetingRescheduled moved) {
        for (String instance : openWork.move(QuestionIntake.PROCESS, moved.meetingId(), dueDates, timers)) {
            runtimeService.setVariable(instance, "deadlinesText", deadlinesText.describe(moved.meetingId()));
        }
    }
}
