package org.scrutineer.minutes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scrutineer.agenda.AgendaItem;
import org.scrutineer.agenda.MeetingLifecycle;
import org.scrutineer.meeting.DemoContribution;
import org.scrutineer.meeting.DemoStory;
import org.scrutineer.meeting.MemberJson;
import org.scrutineer.meeting.Membership;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * The minutes in the demo year: the clerk records the first past meeting's two days after it and the
 * chair approves them two days later, so their draft is published; the last meeting's minutes are
 * left for the clerk to record, with the first meeting's to confirm.
 */
@Component
class MinutesDemo implements DemoContribution {

    static final String CLERK = "clerk";
    static final String CHAIR = "chair";

    private final MinutesService minutes;
    private final MinutesRepository rows;
    private final Membership membership;

    MinutesDemo(MinutesService minutes, MinutesRepository rows, Membership membership) {
        this.minutes = minutes;
        this.rows = rows;
        this.membership = membership;
    }

    @Override
    public void plan(DemoStory story) {
        ScheduledMeeting first = story.meetings().firstPast();
        String key = MeetingLifecycle.businessKey(first.id());
        LocalDateTime recorded = story.workingDays(first.startsAt().toLocalDate(), 2, 11);
        LocalDateTime approved = story.workingDays(first.startsAt().toLocalDate(), 4, 10);
        if (!approved.isBefore(story.now())) {
            return;
        }
        story.on(recorded, "the clerk records the minutes", () -> {
            minutes.record(first.id(), minutesOf(first), CLERK);
            story.complete(CLERK, story.task(MeetingLifecycle.PROCESS, key, "recordMinutes"), Map.of());
        });
        story.on(approved, "the chair approves the draft minutes",
                () -> story.complete(CHAIR, story.task(MeetingLifecycle.PROCESS, key, "approveDraftMinutes"), Map.of("minutesApproved", true)));
    }

    /** Everyone present but the last member, who sent apologies; each item noted, the work programme agreed. */
    private MinutesBody minutesOf(ScheduledMeeting meeting) {
        List<MemberJson> members = membership.asOf(meeting.committee().id(), meeting.startsAt().toLocalDate());
        List<MinutesBody.Attendee> attendance = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            attendance.add(new MinutesBody.Attendee(members.get(i).name(), i == members.size() - 1 ? "apologies" : "present", null,
                    members.get(i).role()));
        }
        attendance.add(new MinutesBody.Attendee("Director of Children's Services", "present", null, "officer"));
        int number = minutes.firstMinuteNumber(meeting);
        List<MinutesBody.ItemMinute> items = new ArrayList<>();
        for (AgendaItem item : minutes.agendaItems(meeting.id()).values()) {
            boolean programme = "Work programme".equals(item.getTitle());
            items.add(new MinutesBody.ItemMinute(item.getPosition(), number++, null,
                    item.getReportId() == null ? null : "The committee considered the report and asked questions of the officers.",
                    programme ? List.of(new MinutesBody.Resolution("That the work programme be agreed.", members.get(0).name(), null,
                            Vote.unanimously(), List.of(), List.of())) : List.of()));
        }
        return new MinutesBody(attendance, List.of(), items, null, List.of());
    }

    @Override
    public void forget() {
        rows.deleteAllInBatch();
    }
}
