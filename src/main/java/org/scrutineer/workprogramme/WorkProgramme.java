package org.scrutineer.workprogramme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.meeting.Committees;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.Membership;
import org.scrutineer.meeting.MunicipalYears;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each committee's work programme for a municipal year: its items read, added and changed, each
 * checked whole with a reason for whatever is wrong, and the item a recommendation to the committee
 * itself becomes.
 */
@Service
public class WorkProgramme {

    private final WorkProgrammeItemRepository items;
    private final Committees committees;
    private final MeetingService meetings;
    private final Membership membership;
    private final MunicipalYears years;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkProgramme(WorkProgrammeItemRepository items, Committees committees, MeetingService meetings, Membership membership,
                  MunicipalYears years, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.items = items;
        this.committees = committees;
        this.meetings = meetings;
        this.membership = membership;
        this.years = years;
        this.clock = clock;
    }

    /** The first day of the municipal year that begins in that calendar year, or of this year when none is given. */
    public LocalDate yearBeginning(Integer year) {
        return year == null ? years.startOf(LondonTime.today(clock)) : years.startOf(LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public List<WorkProgrammeItem> forYear(String committeeId, LocalDate yearBegins) {
        committees.get(committeeId);
        return items.findByCommitteeIdAndYearBeginsOrderByIdAsc(committeeId, yearBegins);
    }

    @Transactional(readOnly = true)
    public WorkProgrammeItem get(long id) {
        return items.findById(id).orElseThrow(() -> NotFound.withId("work programme item", id));
    }

    @Transactional(readOnly = true)
    public Optional<WorkProgrammeItem> find(long id) {
        return items.findById(id);
    }

    @Transactional
    public WorkProgrammeItem add(String committeeId, WorkProgrammeChange change) {
        committees.get(committeeId);
        ItemSource source = change == null || change.source() == null || change.source().isBlank() ? ItemSource.MEMBER
                : ItemSource.fromId(change.source()).orElse(null);
        WorkProgrammeItem item = new WorkProgrammeItem(committeeId, source == null ? ItemSource.MEMBER : source, null, clock.instant());
        Map<String, String> errors = check(committeeId, change);
        if (source == null) {
            errors.put("source", "Choose where the item came from: member, public-suggestion, recommendation, cabinet-referral or officer");
        }
        refuseIf(errors);
        item.describe(change, yearOf(change), clock.instant());
        return items.save(item);
    }

    /** Changes the item; planned for a meeting it was not planned for before, those who suggested it are told ({@link ItemScheduled}). */
    @Transactional
    public WorkProgrammeItem change(long id, WorkProgrammeChange change) {
        WorkProgrammeItem item = get(id);
        refuseIf(check(item.getCommitteeId(), change));
        Long before = item.getMeetingId();
        item.describe(change, change.meetingId() == null ? item.getYearBegins() : yearOf(change), clock.instant());
        if (item.getMeetingId() != null && !item.getMeetingId().equals(before)) {
            events.publishEvent(new ItemScheduled(item.getId(), item.getMeetingId()));
        }
        return item;
    }

    /** A recommendation the committee made to itself becomes a proposed item of the programme of its meeting's year, once. */
    @Transactional
    public WorkProgrammeItem fromRecommendation(long recommendationId, long meetingId, String topic, String text) {
        Optional<WorkProgrammeItem> already = items.findByRecommendationId(recommendationId);
        if (already.isPresent()) {
            return already.get();
        }
        ScheduledMeeting meeting = meetings.get(meetingId);
        WorkProgrammeItem item = new WorkProgrammeItem(meeting.committee().id(), ItemSource.RECOMMENDATION, recommendationId, clock.instant());
        String shortTopic = topic.length() > 500 ? topic.substring(0, 500) : topic;
        item.describe(new WorkProgrammeChange(shortTopic, text.length() > 4000 ? text.substring(0, 4000) : text, null, null,
                ScrutinyForm.COMMITTEE_ITEM.id(), null, ItemSource.RECOMMENDATION.id(), ItemStatus.PROPOSED.id(), null, null),
                years.startOf(meeting.startsAt().toLocalDate()), clock.instant());
        return items.save(item);
    }

    private LocalDate yearOf(WorkProgrammeChange change) {
        return change.meetingId() == null ? yearBeginning(null) : years.startOf(meetings.get(change.meetingId()).startsAt().toLocalDate());
    }

    private Map<String, String> check(String committeeId, WorkProgrammeChange c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c == null) {
            errors.put("topic", "Give the item its topic");
            return errors;
        }
        text(errors, "topic", c.topic(), 500, "Give the item its topic");
        optional(errors, "objectives", c.objectives(), 4000);
        optional(errors, "evidence", c.evidence(), 4000);
        optional(errors, "attendees", c.attendees(), 2000);
        if (c.form() == null || ScrutinyForm.fromId(c.form()).isEmpty()) {
            errors.put("form", "Choose the form of scrutiny: committee-item, task-and-finish-group, spotlight-review, briefing or site-visit");
        }
        if (c.meetingId() != null) {
            Optional<ScheduledMeeting> meeting = meetings.find(c.meetingId());
            if (meeting.isEmpty() || !meeting.get().committee().id().equals(committeeId)) {
                errors.put("meetingId", "Meeting " + c.meetingId() + " is not a meeting of this committee. Choose one of its meetings, or none for reserve");
            } else if (meeting.get().meeting().isCancelled()) {
                errors.put("meetingId", "That meeting was cancelled. Choose another, or none for reserve");
            }
        }
        if (c.source() != null && !c.source().isBlank() && ItemSource.fromId(c.source()).isEmpty()) {
            errors.put("source", "Choose where the item came from: member, public-suggestion, recommendation, cabinet-referral or officer");
        }
        Optional<ItemStatus> status = c.status() == null || c.status().isBlank() ? Optional.of(ItemStatus.PROPOSED) : ItemStatus.fromId(c.status());
        if (status.isEmpty()) {
            errors.put("status", "Choose where the item stands: proposed, scheduled, done or dropped");
        } else if (status.get() == ItemStatus.SCHEDULED && c.meetingId() == null) {
            errors.put("meetingId", "A scheduled item needs the meeting it is planned for");
        } else if (status.get() == ItemStatus.DROPPED) {
            text(errors, "droppedReason", c.droppedReason(), 2000, "Say why the item is dropped");
        }
        if (ScrutinyForm.TASK_AND_FINISH_GROUP.id().equals(c.form())) {
            group(errors, committeeId, c.taskAndFinishGroup());
        }
        return errors;
    }

    private void group(Map<String, String> errors, String committeeId, WorkProgrammeChange.Group group) {
        if (group == null || group.members().size() < 2) {
            errors.put("taskAndFinishGroup.members", "A task and finish group needs at least two members of the committee");
            return;
        }
        Set<String> members = membership.asOf(committeeId, LondonTime.today(clock)).stream()
                .map(m -> m.name().strip().toLowerCase(Locale.UK)).collect(Collectors.toSet());
        group.members().stream().filter(name -> name == null || !members.contains(name.strip().toLowerCase(Locale.UK))).findFirst()
                .ifPresent(name -> errors.put("taskAndFinishGroup.members", (name == null ? "A member" : name.strip())
                        + " is not a member of the committee. A task and finish group is drawn from the committee's members"));
        if (group.coOptees().size() > 2) {
            errors.put("taskAndFinishGroup.coOptees", "A task and finish group can co-opt at most two people, who do not vote");
        }
        if (group.coOptees().stream().anyMatch(name -> name == null || name.isBlank() || name.length() > 200)) {
            errors.put("taskAndFinishGroup.coOptees", "Give each co-optee's name, in 200 characters or fewer");
        }
        optional(errors, "taskAndFinishGroup.scope", group.scope(), 4000);
    }

    private static void text(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "This must be " + max + " characters or fewer");
        }
    }

    private static void optional(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, "This must be " + max + " characters or fewer");
        }
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }
}
