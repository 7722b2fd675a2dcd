package org.scrutineer.agenda;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.stereotype.Component;

/**
 * What each standard item says, taken from the meeting itself, never typed: the previous meeting's
 * date for the minutes, this meeting's question deadline, the next scheduled meeting's date. Said
 * again whenever the meeting moves and when the pack is published, so a pack cannot carry a stale date.
 */
@Component
class StandardItemWording {

    private final MeetingService meetings;
    private final DateWords words;

    StandardItemWording(MeetingService meetings, DateWords words) {
        this.meetings = meetings;
        this.words = words;
    }

    String purposeOf(AgendaItemKind kind, ScheduledMeeting meeting) {
        return switch (kind) {
            case APOLOGIES -> "To receive apologies for absence.";
            case SUBSTITUTES -> "To receive details of any member nominated to attend the meeting in place of a member of the committee.";
            case DECLARATIONS -> "To receive any declarations of interest by members and officers in respect of items on this agenda.";
            case MINUTES -> meetings.previous(meeting)
                    .map(previous -> "To approve as a correct record the minutes of the meeting held on " + words.date(previous.startsAt().toLocalDate()) + ".")
                    .orElse("There are no minutes of a previous meeting to approve.");
            case HOW_TO_ASK -> "Anyone who lives or works in the area may ask one question of the committee. Questions for this meeting must reach "
                    + "democratic services by " + words.timeOnDate(meeting.deadlines().questionDeadline()) + ", on the council's website or by email to "
                    + contact(meeting) + ".";
            case PUBLIC_QUESTIONS -> "To receive questions from members of the public.";
            case MEMBER_QUESTIONS -> "To receive questions from members of the council.";
            case WORK_PROGRAMME -> "To consider the committee's work programme.";
            case NEXT_MEETING -> meetings.next(meeting)
                    .map(next -> "The next meeting of the committee is on " + words.dateAtTime(next.startsAt()) + ", " + next.venue() + ".")
                    .orElse("The date of the next meeting is to be confirmed.");
            case REPORT, OTHER -> null;
        };
    }

    private static String contact(ScheduledMeeting meeting) {
        return meeting.committee().contactOfficer() == null ? "democratic services" : meeting.committee().contactOfficer().email();
    }
}
