package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.minutes.MinutesCompleted;
import org.scrutineer.minutes.ResolvedRecommendation;
import org.scrutineer.minutes.TrackedRecommendations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker follows the minutes, exactly once: each recommendation they resolve is recorded by its
 * meeting, minute and number and its response process started; completed again, a new one is added,
 * one not yet sent is reworded or withdrawn with the reason, and one already sent stays as it was
 * sent, which is why the minutes may not take it out or change it.
 */
@Component
class MinuteRecommendations implements TrackedRecommendations {

    private final RecommendationRepository recommendations;
    private final MeetingService meetings;
    private final ResponseProcess process;
    private final RuntimeService runtimeService;
    private final DateWords words;
    private final Clock clock;

    MinuteRecommendations(RecommendationRepository recommendations, MeetingService meetings, ResponseProcess process,
                          RuntimeService runtimeService, DateWords words, Clock clock) {
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.process = process;
        this.runtimeService = runtimeService;
        this.words = words;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> refusals(long meetingId, List<ResolvedRecommendation> resolved, Map<String, String> withdrawals) {
        Map<String, ResolvedRecommendation> now = resolved.stream().collect(Collectors.toMap(ResolvedRecommendation::key, Function.identity(), (a, b) -> a));
        Map<String, String> refusals = new LinkedHashMap<>();
        for (Recommendation tracked : fromMinutes(meetingId)) {
            String key = key(tracked);
            ResolvedRecommendation wanted = now.get(key);
            String name = "Recommendation " + tracked.getNumber() + " of minute " + tracked.getMinute();
            if (wanted == null) {
                if (isWithdrawn(tracked)) {
                    continue;
                }
                if (tracked.getDateSent() != null) {
                    refusals.put(key, name + " was sent on " + words.date(tracked.getDateSent())
                            + ", so it cannot be taken out of the minutes. Keep it as it was resolved");
                } else if (isSettled(tracked)) {
                    refusals.put(key, name + " was " + Closure.fromId(tracked.getClosure()).map(c -> c.words().toLowerCase(java.util.Locale.UK))
                            .orElse("closed") + ", so it cannot be taken out of the minutes");
                } else if (!withdrawals.containsKey(key)) {
                    refusals.put(key, "Say why " + name.toLowerCase(java.util.Locale.UK) + " is withdrawn: it is in the tracker, not yet sent");
                }
            } else if (!sameAs(tracked, wanted) && (tracked.getDateSent() != null || isSettled(tracked))) {
                refusals.put(key, name + (tracked.getDateSent() != null ? " was sent on " + words.date(tracked.getDateSent()) : " is closed")
                        + " as it was worded then, so it cannot be changed in the minutes");
            }
        }
        return refusals;
    }

    @EventListener
    @Transactional
    void completed(MinutesCompleted completed) {
        ScheduledMeeting meeting = meetings.get(completed.meetingId());
        Map<String, Recommendation> tracked = fromMinutes(completed.meetingId()).stream()
                .collect(Collectors.toMap(MinuteRecommendations::key, Function.identity()));
        LocalDate today = LondonTime.today(clock);
        for (ResolvedRecommendation wanted : completed.recommendations()) {
            Recommendation existing = tracked.remove(wanted.key());
            if (existing == null) {
                Recommendation r = recommendations.save(new Recommendation(meeting.id(), meeting.startsAt().toLocalDate(), wanted.topic(),
                        wanted.number(), wanted.text(), Addressee.fromId(wanted.addressee()).orElseThrow(),
                        ScrutinyType.fromId(wanted.scrutinyType()).orElseThrow(), null, clock.instant()).fromMinute(wanted.minute(), wanted.exempt()));
                process.startFor(r);
            } else if (isWithdrawn(existing)) {
                existing.reword(wanted.topic(), wanted.text(), Addressee.fromId(wanted.addressee()).orElseThrow(),
                        ScrutinyType.fromId(wanted.scrutinyType()).orElseThrow(), wanted.exempt());
                existing.reinstate();
                process.startFor(existing);
            } else if (!sameAs(existing, wanted) && existing.getDateSent() == null && !isSettled(existing)) {
                existing.reword(wanted.topic(), wanted.text(), Addressee.fromId(wanted.addressee()).orElseThrow(),
                        ScrutinyType.fromId(wanted.scrutinyType()).orElseThrow(), wanted.exempt());
                running(existing).forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(),
                        "The minutes were corrected before the recommendation was sent"));
                process.startFor(existing);
            }
        }
        for (Recommendation removed : tracked.values()) {
            String reason = completed.withdrawals().get(key(removed));
            if (!isWithdrawn(removed) && removed.getDateSent() == null && reason != null) {
                running(removed).forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "Withdrawn: " + reason));
                removed.withdraw(reason, today);
            }
        }
    }

    private List<Recommendation> fromMinutes(long meetingId) {
        return recommendations.findByMeetingId(meetingId).stream().filter(r -> r.getMinute() != null).toList();
    }

    private List<ProcessInstance> running(Recommendation r) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ResponseProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(r.getId())).list();
    }

    private static boolean sameAs(Recommendation tracked, ResolvedRecommendation wanted) {
        return tracked.getText().equals(wanted.text()) && tracked.getAddressee().equals(wanted.addressee())
                && tracked.getScrutinyType().equals(wanted.scrutinyType()) && Objects.equals(tracked.getTopic(), wanted.topic())
                && tracked.isExempt() == wanted.exempt();
    }

    private static boolean isWithdrawn(Recommendation r) {
        return Closure.WITHDRAWN.id().equals(r.getClosure());
    }

    /** Closed without being sent, other than by withdrawal: a recommendation to the committee is added to its work programme at once. */
    private static boolean isSettled(Recommendation r) {
        return r.getClosure() != null && !isWithdrawn(r) && !Closure.ADDED_TO_WORK_PROGRAMME.id().equals(r.getClosure());
    }

    private static String key(Recommendation r) {
        return r.getMinute() + "/" + r.getNumber();
    }
}
