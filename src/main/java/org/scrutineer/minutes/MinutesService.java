package org.scrutineer.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.agenda.AgendaItem;
import org.scrutineer.agenda.AgendaService;
import org.scrutineer.agenda.MeetingLifecycle;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.Membership;
import org.scrutineer.meeting.MunicipalYears;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's minutes from the clerk's first words to their confirmation: what may be recorded and
 * when, what completing them starts, the chair's decision, a correction, and the next meeting's
 * confirmation.
 */
@Service
public class MinutesService {

    static final String CONFIRMED_MESSAGE = "MinutesConfirmed";
    static final String CORRECTION_MESSAGE = "MinutesCorrectionRequested";
    static final int MOST_CHARACTERS = 1_000_000;

    private final MinutesRepository minutes;
    private final MeetingService meetings;
    private final AgendaService agendas;
    private final Membership membership;
    private final MunicipalYears municipalYears;
    private final TrackedRecommendations tracked;
    private final MeetingLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final DateWords words;
    private final Clock clock;

    MinutesService(MinutesRepository minutes, MeetingService meetings, AgendaService agendas, Membership membership, MunicipalYears municipalYears,
                   TrackedRecommendations tracked, MeetingLifecycle lifecycle, ApplicationEventPublisher events, ObjectMapper json,
                   DateWords words, Clock clock) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.agendas = agendas;
        this.membership = membership;
        this.municipalYears = municipalYears;
        this.tracked = tracked;
        this.lifecycle = lifecycle;
        this.events = events;
        this.json = json;
        this.words = words;
        this.clock = clock;
    }

    /** The minutes as stored, or none yet. */
    @Transactional(readOnly = true)
    public Optional<Minutes> find(long meetingId) {
        return minutes.findById(meetingId);
    }

    /** What is recorded so far; nothing yet reads as empty minutes. */
    @Transactional(readOnly = true)
    public MinutesBody body(long meetingId) {
        return minutes.findById(meetingId).map(this::read).orElseGet(MinutesBody::empty);
    }

    MinutesBody read(Minutes stored) {
        try {
            return json.readValue(stored.getBody(), MinutesBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored minutes of meeting " + stored.getMeetingId() + " cannot be read", e);
        }
    }

    /** Keeps what the clerk recorded, whole, when every part of it is right; nothing of it otherwise. */
    @Transactional
    public Minutes record(long meetingId, MinutesBody body, String by) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        if (meeting.meeting().isCancelled()) {
            throw Refusal.breaksRule("meeting", "The meeting was cancelled, so it has no minutes");
        }
        Minutes stored = minutes.findById(meetingId).orElseGet(() -> new Minutes(meetingId, meeting.committee().id(),
                meeting.startsAt().toLocalDate(), clock.instant()));
        if (!stored.getStatus().isOpen()) {
            throw Refusal.of(HttpStatus.CONFLICT, "status", closedReason(stored));
        }
        Map<String, String> errors = errors(meeting, body);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        Map<String, String> refusals = tracked.refusals(meetingId, resolved(agendaItems(meetingId), body), withdrawals(body));
        if (!refusals.isEmpty()) {
            throw Refusal.breaksRule(prefixed(refusals));
        }
        String kept;
        try {
            kept = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (kept.length() > MOST_CHARACTERS) {
            throw Refusal.invalid("items", "The minutes are too long to keep: at most " + MOST_CHARACTERS
                    + " characters in all. Shorten the summaries or the resolutions");
        }
        stored.record(kept, by, clock.instant());
        return minutes.save(stored);
    }

    /** Every reason the body cannot be kept, by field. */
    Map<String, String> errors(ScheduledMeeting meeting, MinutesBody body) {
        LocalDate day = meeting.startsAt().toLocalDate();
        Map<String, String> errors = new LinkedHashMap<>(MinutesCheck.of(body, membership.asOf(meeting.committee().id(), day),
                agendas.items(meeting.id()), numbersElsewhere(meeting)));
        if (body.confirmation() != null) {
            Long of = body.confirmation().minutesOf();
            boolean waiting = of != null && minutes.findById(of).filter(m -> m.getCommitteeId().equals(meeting.committee().id())
                    && m.getStatus() == MinutesStatus.DRAFT_PUBLISHED && m.getMeetingId() != meeting.id()
                    && !m.getMeetingDate().isAfter(day)).isPresent();
            if (!waiting) {
                errors.put("confirmation.minutesOf", awaitingConfirmation(meeting).map(m -> "The minutes of meeting " + of
                                + " are not waiting to be confirmed. The minutes of the meeting on " + words.date(m.getMeetingDate())
                                + " (meeting " + m.getMeetingId() + ") are")
                        .orElse("No minutes of an earlier meeting of the committee are waiting to be confirmed"));
            } else if (body.confirmation().amendments() != null && body.confirmation().amendments().length() > 10000) {
                errors.put("confirmation.amendments", "The amendments must be 10000 characters or fewer");
            }
        }
        return errors;
    }

    /** The committee's latest earlier minutes that are published as a draft and wait for a meeting to confirm them. */
    @Transactional(readOnly = true)
    public Optional<Minutes> awaitingConfirmation(ScheduledMeeting meeting) {
        LocalDate day = meeting.startsAt().toLocalDate();
        return minutes.findByCommitteeIdAndStatusAndMeetingDateBeforeOrderByMeetingDateDesc(meeting.committee().id(),
                MinutesStatus.DRAFT_PUBLISHED, day.plusDays(1)).stream()
                .filter(m -> m.getMeetingDate().isBefore(day) || m.getMeetingId() < meeting.id())
                .max(Comparator.comparing(Minutes::getMeetingDate).thenComparing(Minutes::getMeetingId));
    }

    /**
     * The minute number the meeting's first item takes: one after the last used by the committee's
     * earlier meetings of the municipal year (of two on one day, the one scheduled first is earlier);
     * if a later meeting's minutes already use that number, one after the last used in the year.
     */
    @Transactional(readOnly = true)
    public int firstMinuteNumber(ScheduledMeeting meeting) {
        LocalDate day = meeting.startsAt().toLocalDate();
        int next = 1;
        int last = 0;
        Set<Integer> used = new HashSet<>();
        for (Minutes other : othersOfTheYear(meeting)) {
            boolean earlier = other.getMeetingDate().isBefore(day) || other.getMeetingDate().equals(day) && other.getMeetingId() < meeting.id();
            for (Integer n : numbers(other)) {
                used.add(n);
                last = Math.max(last, n);
                next = earlier ? Math.max(next, n + 1) : next;
            }
        }
        return used.contains(next) ? last + 1 : next;
    }

    private Map<Integer, String> numbersElsewhere(ScheduledMeeting meeting) {
        Map<Integer, String> used = new LinkedHashMap<>();
        for (Minutes other : othersOfTheYear(meeting)) {
            numbers(other).forEach(n -> used.put(n, words.date(other.getMeetingDate())));
        }
        return used;
    }

    private List<Integer> numbers(Minutes minutes) {
        return read(minutes).items().stream().map(MinutesBody.ItemMinute::minute).filter(n -> n != null).toList();
    }

    private List<Minutes> othersOfTheYear(ScheduledMeeting meeting) {
        LocalDate day = meeting.startsAt().toLocalDate();
        LocalDate begins = municipalYears.startOf(day);
        LocalDate ends = municipalYears.endOf(day);
        return minutes.findByCommitteeIdAndMeetingDateBetweenOrderByMeetingDateAsc(meeting.committee().id(), begins, ends).stream()
                .filter(m -> m.getMeetingId() != meeting.id()).toList();
    }

    /**
     * The clerk completes recordMinutes: the minutes go to the chair, the tracker takes their
     * recommendations, and a confirmation of the previous minutes reaches that meeting.
     */
    @Transactional
    public void complete(long meetingId) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        Minutes stored = minutes.findById(meetingId).orElseThrow(() -> new EngineRuleRefusal(
                "Record the minutes on the meeting's minutes page before completing this task"));
        MinutesBody body = read(stored);
        if (body.attendance().stream().noneMatch(a -> "present".equals(a.status()))) {
            throw new EngineRuleRefusal("Record who was present at the meeting before completing the minutes");
        }
        Map<String, String> errors = errors(meeting, body);
        if (!errors.isEmpty()) {
            throw new EngineRuleRefusal("The minutes cannot be completed yet: " + Refusal.everyReason(errors));
        }
        Map<Integer, AgendaItem> agenda = agendaItems(meetingId);
        List<ResolvedRecommendation> recommendations = resolved(agenda, body);
        Map<String, String> withdrawals = withdrawals(body);
        Map<String, String> refusals = tracked.refusals(meetingId, recommendations, withdrawals);
        if (!refusals.isEmpty()) {
            throw new EngineRuleRefusal("The minutes cannot be completed yet: " + Refusal.everyReason(refusals));
        }
        stored.completed(clock.instant());
        events.publishEvent(new MinutesCompleted(meetingId, recommendations, actions(agenda, body), withdrawals));
        MinutesBody.Confirmation confirmation = body.confirmation();
        if (confirmation != null) {
            Map<String, Object> said = new LinkedHashMap<>();
            said.put("confirmedAtMeeting", meetingId);
            said.put("amendments", confirmation.amendments());
            if (!lifecycle.tellAndKeep(confirmation.minutesOf(), CONFIRMED_MESSAGE, said)) {
                events.publishEvent(new ConfirmationWithoutProcess(confirmation.minutesOf(), meetingId, confirmation.amendments()));
            }
        }
    }

    /** The chair returns the minutes to the clerk with comments. */
    @Transactional
    public void returned(long meetingId, String comments) {
        minutes.findById(meetingId).orElseThrow().returned(comments.strip());
    }

    /** The chair approves the minutes; they are published as a draft. */
    @Transactional
    public Minutes approved(long meetingId, String by) {
        Minutes stored = minutes.findById(meetingId).orElseThrow();
        stored.approved(by, clock.instant());
        return stored;
    }

    /** Published draft minutes are opened again for the clerk to correct, with the reason. */
    @Transactional
    public void requestCorrection(long meetingId, String reason) {
        meetings.get(meetingId);
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "Say what is to be corrected in the minutes");
        }
        if (reason.length() > 4000) {
            throw Refusal.invalid("reason", "The reason must be 4000 characters or fewer");
        }
        Minutes stored = minutes.findById(meetingId).orElseThrow(() -> Refusal.of(HttpStatus.CONFLICT, "status",
                "The minutes of this meeting are not recorded yet, so there is nothing to correct"));
        if (stored.getStatus() != MinutesStatus.DRAFT_PUBLISHED) {
            throw Refusal.of(HttpStatus.CONFLICT, "status", stored.getStatus() == MinutesStatus.CONFIRMED
                    ? "The minutes were confirmed as a correct record, so they can no longer be corrected"
                    : "Only published draft minutes are corrected this way: these are " + stored.getStatus().words().toLowerCase(Locale.UK));
        }
        if (!lifecycle.tellAndKeep(meetingId, CORRECTION_MESSAGE, Map.of("correctionReason", reason.strip()))) {
            throw Refusal.of(HttpStatus.CONFLICT, "status", "These minutes are not waiting in the meeting's process, so they cannot be corrected here");
        }
        stored.correcting(reason.strip());
    }

    /** The next meeting confirmed the minutes as a correct record, with any amendments. */
    @Transactional
    public Minutes confirmed(long meetingId, long atMeeting, String amendments) {
        Minutes stored = minutes.findById(meetingId).orElseThrow();
        stored.confirmed(atMeeting, amendments, clock.instant());
        return stored;
    }

    private String closedReason(Minutes stored) {
        return switch (stored.getStatus()) {
            case WITH_THE_CHAIR -> "The minutes are with the chair for approval. They can be changed again if the chair returns them";
            case DRAFT_PUBLISHED -> "The minutes are approved and published as a draft. Ask for a correction to change them";
            default -> "The minutes were confirmed as a correct record on " + words.date(LocalDate.ofInstant(stored.getConfirmedAt(),
                    org.scrutineer.calendar.AppClock.LONDON)) + ", so they can no longer be changed";
        };
    }

    List<ResolvedRecommendation> resolved(Map<Integer, AgendaItem> items, MinutesBody body) {
        List<ResolvedRecommendation> resolved = new ArrayList<>();
        for (MinutesBody.ItemMinute item : body.items()) {
            AgendaItem agendaItem = items.get(item.agendaItem());
            for (MinutesBody.Resolution resolution : item.resolutions()) {
                for (MinutesBody.Recommendation r : resolution.recommendations()) {
                    resolved.add(new ResolvedRecommendation(item.minute(), r.number().strip(), title(item, agendaItem), r.text().strip(), r.addressee(),
                            r.scrutinyType() == null || r.scrutinyType().isBlank() ? "general" : r.scrutinyType(),
                            agendaItem != null && agendaItem.isExempt()));
                }
            }
        }
        return resolved;
    }

    private List<ResolvedAction> actions(Map<Integer, AgendaItem> items, MinutesBody body) {
        List<ResolvedAction> actions = new ArrayList<>();
        for (MinutesBody.ItemMinute item : body.items()) {
            AgendaItem agendaItem = items.get(item.agendaItem());
            int number = 0;
            for (MinutesBody.Resolution resolution : item.resolutions()) {
                for (MinutesBody.Action a : resolution.actions()) {
                    actions.add(new ResolvedAction(item.minute(), ++number, a.text().strip(), a.owner().strip(),
                            a.ownerEmail() == null || a.ownerEmail().isBlank() ? null : a.ownerEmail().strip(), MinutesCheck.date(a.dueBy()),
                            agendaItem != null && agendaItem.isExempt()));
                }
            }
        }
        return actions;
    }

    static String title(MinutesBody.ItemMinute item, AgendaItem agendaItem) {
        if (item.title() != null && !item.title().isBlank()) {
            return item.title().strip();
        }
        return agendaItem == null ? "Item " + item.agendaItem() : agendaItem.getTitle();
    }

    Map<Integer, AgendaItem> agendaItems(long meetingId) {
        Map<Integer, AgendaItem> items = new LinkedHashMap<>();
        agendas.items(meetingId).forEach(i -> items.put(i.getPosition(), i));
        return items;
    }

    private static Map<String, String> withdrawals(MinutesBody body) {
        Map<String, String> reasons = new LinkedHashMap<>();
        body.withdrawals().stream().filter(w -> w.minute() != null && w.number() != null && w.reason() != null && !w.reason().isBlank())
                .forEach(w -> reasons.put(w.minute() + "/" + w.number().strip(), w.reason().strip()));
        return reasons;
    }

    private static Map<String, String> prefixed(Map<String, String> refusals) {
        Map<String, String> out = new LinkedHashMap<>();
        refusals.forEach((key, reason) -> out.put("recommendations[" + key + "]", reason));
        return out;
    }
}
