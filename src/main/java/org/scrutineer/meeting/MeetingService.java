package org.scrutineer.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.scrutineer.calendar.LondonTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MeetingService {

    private final MeetingRepository meetings;
    private final Committees committees;
    private final DeadlineRules deadlineRules;
    private final OverriddenDeadlineChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EnteredDates enteredDates;

    public MeetingService(MeetingRepository meetings, Committees committees, DeadlineRules deadlineRules,
                          OverriddenDeadlineChecks checks, ApplicationEventPublisher events, Clock clock,
                          EnteredDates enteredDates) {
        this.meetings = meetings;
        this.committees = committees;
        this.deadlineRules = deadlineRules;
        this.checks = checks;
        this.events = events;
        this.clock = clock;
        this.enteredDates = enteredDates;
    }

    /** Schedules a meeting and stores the deadlines its committee's rules give now. */
    @Transactional
    public ScheduledMeeting schedule(String committeeId, LocalDateTime startsAt, String venue) {
        refuseDatesOutsideTheWindow(startsAt, DeadlineOverride.NONE);
        Committee committee = committees.named(committeeId);
        Meeting meeting = meetings.save(new Meeting(committee.id(), startsAt, venueOrDefault(venue, committee),
                deadlineRules.deadlinesFor(committee, startsAt), clock.instant()));
        events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getCommitteeId()));
        return scheduled(meeting);
    }

    @Transactional
    public ScheduledMeeting reschedule(long id, LocalDateTime startsAt, String venue) {
        return change(id, startsAt, venue, DeadlineOverride.NONE);
    }

    @Transactional
    public ScheduledMeeting overrideDeadlines(long id, DeadlineOverride override) {
        return change(id, null, null, override);
    }

    /**
     * Moves a meeting (a null start leaves it where it is), changes its venue (a blank one leaves it)
     * and sets deadlines by hand, in one step. A move recomputes, from the committee's rules as they
     * are now, every deadline not set by hand; the deadlines set by hand must still keep their rules.
     */
    @Transactional
    public ScheduledMeeting change(long id, LocalDateTime startsAt, String venue, DeadlineOverride override) {
        refuseDatesOutsideTheWindow(startsAt, override);
        Map<String, String> missing = checks.missing(override);
        if (!missing.isEmpty()) {
            throw Refusal.invalid(missing);
        }
        Meeting meeting = find(id);
        if (meeting.isCancelled()) {
            throw Refusal.breaksRule("meeting", "This meeting was cancelled, so it cannot be moved or changed; schedule a new meeting instead");
        }
        LocalDateTime previousStart = meeting.getStartsAt();
        MeetingDeadlines previousDeadlines = meeting.deadlines();
        Instant now = clock.instant();
        if (startsAt != null && !startsAt.equals(previousStart)) {
            meeting.moveTo(startsAt, deadlineRules.deadlinesFor(committeeOf(meeting), startsAt), now);
        }
        if (venue != null && !venue.isBlank()) {
            meeting.changeVenue(venue.strip(), now);
        }
        if (!override.isEmpty()) {
            meeting.override(override, now);
        }
        Map<String, String> broken = checks.brokenBy(meeting);
        if (!broken.isEmpty()) {
            throw Refusal.breaksRule(broken);
        }
        return announce(meeting, previousStart, previousDeadlines);
    }

    /**
     * Cancels a meeting that has not been held, with the reason the public is told. Its open work ends
     * and its published documents carry the notice ({@link MeetingCancelled}).
     */
    @Transactional
    public ScheduledMeeting cancel(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "Say why the meeting is cancelled: the public notice gives the reason");
        }
        if (reason.length() > 1000) {
            throw Refusal.invalid("reason", "Keep the reason to 1000 characters or fewer");
        }
        Meeting meeting = find(id);
        if (meeting.isCancelled()) {
            throw Refusal.breaksRule("meeting", "This meeting was cancelled already");
        }
        if (!meeting.getStartsAt().isAfter(LocalDateTime.now(clock))) {
            throw Refusal.breaksRule("meeting", "This meeting has started already, so it cannot be cancelled");
        }
        meeting.cancel(reason.strip(), clock.instant());
        events.publishEvent(new MeetingCancelled(meeting.getId(), meeting.getCommitteeId(), meeting.getCancellationReason()));
        return scheduled(meeting);
    }

    /** Every date given for a meeting must be one a person could mean: see {@link EnteredDates}. */
    private void refuseDatesOutsideTheWindow(LocalDateTime startsAt, DeadlineOverride override) {
        Map<String, String> outside = new LinkedHashMap<>();
        outsideTheWindow(outside, "startsAt", startsAt == null ? null : startsAt.toLocalDate());
        outsideTheWindow(outside, "questionDeadline", override.questionDeadline() == null ? null : override.questionDeadline().toLocalDate());
        outsideTheWindow(outside, "reportDeadline", override.reportDeadline());
        outsideTheWindow(outside, "agendaPublicationDate", override.agendaPublicationDate());
        if (!outside.isEmpty()) {
            throw Refusal.breaksRule(outside);
        }
    }

    private void outsideTheWindow(Map<String, String> outside, String field, LocalDate date) {
        if (date != null && !enteredDates.contains(date)) {
            outside.put(field, enteredDates.reason());
        }
    }

    /** Takes the committee's rules as they are now for a meeting's deadlines, except those set by hand unless they are cleared. */
    @Transactional
    public ScheduledMeeting reapplyRules(long id, boolean clearOverrides) {
        return reapply(find(id), clearOverrides);
    }

    /** Re-applies the committee's rules to each of its meetings that has not started yet. */
    @Transactional
    public List<ScheduledMeeting> reapplyRulesToFutureMeetings(String committeeId, boolean clearOverrides) {
        Committee committee = committees.get(committeeId);
        return meetings.findByCommitteeIdAndStartsAtAfterOrderByStartsAtAsc(committee.id(), LocalDateTime.now(clock)).stream()
                .map(m -> reapply(m, clearOverrides)).toList();
    }

    /** The deadlines the committee's rules would give the meeting now, which may differ from those it stores. */
    public MeetingDeadlines deadlinesFromRules(ScheduledMeeting meeting) {
        return deadlineRules.deadlinesFor(meeting.committee(), meeting.startsAt());
    }

    @Transactional(readOnly = true)
    public ScheduledMeeting get(long id) {
        return scheduled(find(id));
    }

    /** The meeting a request names as one of its values, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ScheduledMeeting> find(Long id) {
        return Optional.ofNullable(id).flatMap(meetings::findById).map(this::scheduled);
    }

    /** "There is no meeting with the id 12". */
    public static String unknown(Object id) {
        return "There is no meeting with the id " + id;
    }

    @Transactional(readOnly = true)
    public List<ScheduledMeeting> all() {
        return meetings.findAllByOrderByStartsAtDesc().stream().map(this::scheduled).toList();
    }

    @Transactional(readOnly = true)
    public List<ScheduledMeeting> upcoming() {
        LocalDateTime startOfToday = LocalDateTime.now(clock).toLocalDate().atStartOfDay();
        return meetings.findByStartsAtGreaterThanEqualOrderByStartsAtAsc(startOfToday).stream().map(this::scheduled).toList();
    }

    /** Every meeting from the start of {@code day} on, cancelled ones too, in date order. */
    @Transactional(readOnly = true)
    public List<ScheduledMeeting> since(LocalDate day) {
        return meetings.findByStartsAtGreaterThanEqualOrderByStartsAtAsc(day.atStartOfDay()).stream().map(this::scheduled).toList();
    }

    /** What the public feeds carry: every meeting from a year ago on, cancelled ones too, of one committee, or of all when {@code committeeId} is null. */
    @Transactional(readOnly = true)
    public List<ScheduledMeeting> forFeeds(String committeeId) {
        return since(LondonTime.today(clock).minusYears(1)).stream()
                .filter(meeting -> committeeId == null || meeting.committee().id().equals(committeeId)).toList();
    }

    /** The committee's meetings, not counting cancelled ones, held on the days from {@code from} to {@code to}, in date order. */
    @Transactional(readOnly = true)
    public List<ScheduledMeeting> ofCommittee(String committeeId, LocalDate from, LocalDate to) {
        return meetings.findByCommitteeIdAndCancelledAtIsNullAndStartsAtBetweenOrderByStartsAtAsc(committeeId, from.atStartOfDay(),
                to.plusDays(1).atStartOfDay().minusNanos(1)).stream().map(this::scheduled).toList();
    }

    /** The committee's meeting before this one, not counting cancelled meetings. */
    @Transactional(readOnly = true)
    public Optional<ScheduledMeeting> previous(ScheduledMeeting meeting) {
        return meetings.findFirstByCommitteeIdAndStartsAtBeforeAndCancelledAtIsNullOrderByStartsAtDesc(meeting.committee().id(), meeting.startsAt())
                .map(this::scheduled);
    }

    /** The committee's next meeting after this one, not counting cancelled meetings. */
    @Transactional(readOnly = true)
    public Optional<ScheduledMeeting> next(ScheduledMeeting meeting) {
        return meetings.findFirstByCommitteeIdAndStartsAtAfterAndCancelledAtIsNullOrderByStartsAtAsc(meeting.committee().id(), meeting.startsAt())
                .map(this::scheduled);
    }

    public List<Committee> committees() {
        return committees.all();
    }

    private ScheduledMeeting reapply(Meeting meeting, boolean clearOverrides) {
        MeetingDeadlines previousDeadlines = meeting.deadlines();
        meeting.applyRules(deadlineRules.deadlinesFor(committeeOf(meeting), meeting.getStartsAt()), clearOverrides, clock.instant());
        return announce(meeting, meeting.getStartsAt(), previousDeadlines);
    }

    /** Tells the features holding dates derived from the meeting when its start or any deadline changed. */
    private ScheduledMeeting announce(Meeting meeting, LocalDateTime previousStart, MeetingDeadlines previousDeadlines) {
        if (!previousStart.equals(meeting.getStartsAt()) || !previousDeadlines.equals(meeting.deadlines())) {
            events.publishEvent(new MeetingRescheduled(meeting.getId(), meeting.getCommitteeId(), previousStart, meeting.getStartsAt(),
                    previousDeadlines, meeting.deadlines()));
        }
        return scheduled(meeting);
    }

    private Meeting find(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFound(unknown(id)));
    }

    private Committee committeeOf(Meeting meeting) {
        return committees.get(meeting.getCommitteeId());
    }

    private ScheduledMeeting scheduled(Meeting meeting) {
        return new ScheduledMeeting(meeting, committeeOf(meeting), meeting.deadlines());
    }

    private static String venueOrDefault(String venue, Committee committee) {
        return venue == null || venue.isBlank() ? committee.defaultVenue() : venue.strip();
    }
}
