package org.scrutineer.agenda;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * What each standard item says, as {@code scrutineer.agenda.wording} words it, with the dates taken
 * from the meeting itself, never typed: the previous meeting's date for the minutes, this meeting's
 * question deadline, the next scheduled meeting's date. Said again whenever the meeting moves and when
 * the pack is published, so a pack cannot carry a stale date.
 */
@Component
class StandardItemWording {

    private static final List<String> KEYS = List.of("apologies", "substitutes", "declarations", "minutes", "minutes-none", "how-to-ask",
            "public-questions", "member-questions", "work-programme", "next-meeting", "next-meeting-none");

    private final MeetingService meetings;
    private final DateWords words;
    private final Map<String, String> wording;

    StandardItemWording(MeetingService meetings, DateWords words, AgendaSettings settings) {
        List<String> missing = KEYS.stream().filter(key -> settings.wording().get(key) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("scrutineer.agenda.wording in config/application.yaml needs the words for " + missing);
        }
        this.meetings = meetings;
        this.words = words;
        this.wording = Map.copyOf(settings.wording());
    }

    String purposeOf(AgendaItemKind kind, ScheduledMeeting meeting) {
        return switch (kind) {
            case APOLOGIES -> wording.get("apologies");
            case SUBSTITUTES -> wording.get("substitutes");
            case DECLARATIONS -> wording.get("declarations");
            case MINUTES -> withMeeting("minutes", "{previousMeeting}", meetings.previous(meeting)
                    .map(previous -> words.date(previous.startsAt().toLocalDate())));
            case HOW_TO_ASK -> wording.get("how-to-ask")
                    .replace("{questionDeadline}", words.timeOnDate(meeting.deadlines().questionDeadline()))
                    .replace("{contact}", meeting.committee().contactOfficer() == null ? "democratic services"
                            : meeting.committee().contactOfficer().email());
            case PUBLIC_QUESTIONS -> wording.get("public-questions");
            case MEMBER_QUESTIONS -> wording.get("member-questions");
            case WORK_PROGRAMME -> wording.get("work-programme");
            case NEXT_MEETING -> withMeeting("next-meeting", "{nextMeeting}", meetings.next(meeting)
                    .map(next -> words.dateAtTime(next.startsAt()) + ", " + next.venue()));
            case REPORT, OTHER -> null;
        };
    }

    private String withMeeting(String key, String placeholder, Optional<String> meeting) {
        return meeting.map(words -> wording.get(key).replace(placeholder, words)).orElse(wording.get(key + "-none"));
    }
}
