package org.scrutineer.action;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.meeting.Committees;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.scrutineer.web.SpreadsheetCsv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions tracker: every action set by a day, with where it stood that day, filtered by
 * committee, meeting and status. An action set after the day is not in it.
 */
@Service
public class ActionTracker {

    private final TrackedActionRepository actions;
    private final MeetingService meetings;
    private final Committees committees;
    private final ActionDates dates;

    ActionTracker(TrackedActionRepository actions, MeetingService meetings, Committees committees, ActionDates dates) {
        this.committees = committees;
        this.actions = actions;
        this.meetings = meetings;
        this.dates = dates;
    }

    /** Which actions to show: any of the fields may be null, for all. */
    public record Filter(String committee, Long meetingId, LocalDate asOf, ActionStatus status) {
    }

    public LocalDate today() {
        return dates.today();
    }

    @Transactional(readOnly = true)
    public List<ActionJson> find(Filter filter) {
        LocalDate day = filter.asOf() == null ? dates.today() : filter.asOf();
        List<TrackedAction> candidates = filter.committee() == null ? actions.everyWithResponses() : actions.ofCommittee(filter.committee());
        Map<Long, LocalDate> meetingDays = new HashMap<>();
        return candidates.stream()
                .filter(a -> !a.getCreatedOn().isAfter(day))
                .filter(a -> filter.meetingId() == null || filter.meetingId().equals(a.getMeetingId()))
                .map(a -> ActionJson.of(a, meetingDays.computeIfAbsent(a.getMeetingId(), this::meetingDay), day))
                .filter(a -> filter.status() == null || a.status() == filter.status())
                .toList();
    }

    @Transactional(readOnly = true)
    public ActionJson one(long id, LocalDate asOf) {
        TrackedAction a = actions.findById(id).orElseThrow(() -> NotFound.withId("action", id));
        return ActionJson.of(a, meetingDay(a.getMeetingId()), asOf == null ? dates.today() : asOf);
    }

    static String csv(List<ActionJson> rows) {
        return SpreadsheetCsv.write(ActionJson.CSV_COLUMNS, rows.stream().<List<?>>map(ActionJson::csvRow).toList());
    }

    private LocalDate meetingDay(long meetingId) {
        return meetings.find(meetingId).map(ScheduledMeeting::startsAt).map(LocalDateTime::toLocalDate).orElse(null);
    }

    /** The filter the tracker's callers ask for, each part checked: an unknown committee is not found, an unknown status refused. */
    public Filter filter(String committee, Long meetingId, LocalDate asOf, String status) {
        if (committee != null && !committee.isBlank() && committees.find(committee.strip()).isEmpty()) {
            throw new NotFound("There is no committee " + committee.strip());
        }
        ActionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = ActionStatus.fromName(status.strip())
                    .orElseThrow(() -> Refusal.invalid("status", "The status must be one of OPEN, OVERDUE, RESPONDED or CLOSED"));
        }
        return new Filter(committee == null || committee.isBlank() ? null : committee.strip(), meetingId, asOf, wanted);
    }
}
