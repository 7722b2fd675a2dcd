package org.scrutineer.action;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.agenda.AgendaActionTracking;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Information requests and actions tracking report" for a meeting: every action its committee
 * set at an earlier meeting that was not already closed by the last meeting (whose agenda carried the
 * last report), as it stands on the day of the report (today, or the meeting's day once held). Exempt
 * actions are left out: the report is public.
 */
@Component
class ActionTrackingReport implements AgendaActionTracking {

    private final TrackedActionRepository actions;
    private final MeetingService meetings;
    private final ActionDates dates;
    private final DateWords words;

    ActionTrackingReport(TrackedActionRepository actions, MeetingService meetings, ActionDates dates, DateWords words) {
        this.actions = actions;
        this.meetings = meetings;
        this.dates = dates;
        this.words = words;
    }

    /** The report's day for {@code meeting}: today until the meeting, then the meeting's day. */
    LocalDate reportDay(ScheduledMeeting meeting) {
        LocalDate day = meeting.startsAt().toLocalDate();
        return dates.today().isBefore(day) ? dates.today() : day;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> forMeeting(long meetingId) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        LocalDate day = reportDay(meeting);
        LocalDate meetingDay = meeting.startsAt().toLocalDate();
        Optional<LocalDate> lastReport = meetings.previous(meeting).map(m -> m.startsAt().toLocalDate());
        Map<Long, LocalDate> setOn = new HashMap<>();
        return actions.ofCommittee(meeting.committee().id()).stream()
                .filter(a -> !a.isExempt() && !a.getCreatedOn().isAfter(day))
                .filter(a -> meetingDay(a, setOn).isBefore(meetingDay))
                .filter(a -> lastReport.map(last -> a.statusOn(last) != ActionStatus.CLOSED).orElse(true))
                .sorted(Comparator.comparing((TrackedAction a) -> meetingDay(a, setOn))
                        .thenComparing(a -> a.getMinute() == null ? Integer.MAX_VALUE : a.getMinute()).thenComparing(TrackedAction::getId))
                .map(a -> line(a, meetingDay(a, setOn), day)).toList();
    }

    private LocalDate meetingDay(TrackedAction a, Map<Long, LocalDate> cache) {
        return cache.computeIfAbsent(a.getMeetingId(), id -> meetings.get(id).startsAt().toLocalDate());
    }

    private Line line(TrackedAction a, LocalDate setAt, LocalDate day) {
        ActionStatus status = a.statusOn(day);
        String response = a.lastResponseBy(day).map(r -> r.inWords(words)).orElse(null);
        return new Line("Meeting of " + words.date(setAt) + (a.getMinute() == null ? "" : ", minute " + a.getMinute()), a.getKind().words(),
                a.getText(), a.owner().name(), words.date(a.dueByOn(day)), status.words()
                + (status == ActionStatus.CLOSED && a.getClosingNote() != null ? ": " + a.getClosingNote() : ""), response);
    }
}
