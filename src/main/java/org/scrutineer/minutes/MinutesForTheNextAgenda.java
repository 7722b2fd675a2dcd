package org.scrutineer.minutes;

import java.util.Optional;

import org.scrutineer.agenda.PreviousMinutes;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.springframework.stereotype.Component;

/** The next meeting's agenda links its "Minutes" item to the published minutes of the meeting before it. */
@Component
class MinutesForTheNextAgenda implements PreviousMinutes {

    private final MeetingService meetings;
    private final MinutesDocuments documents;
    private final MinutesService minutes;
    private final DateWords words;

    MinutesForTheNextAgenda(MeetingService meetings, MinutesDocuments documents, MinutesService minutes, DateWords words) {
        this.meetings = meetings;
        this.documents = documents;
        this.minutes = minutes;
        this.words = words;
    }

    @Override
    public Optional<Link> forMeeting(long meetingId) {
        return meetings.previous(meetings.get(meetingId)).filter(previous -> documents.latest(previous.id()).isPresent()).map(previous -> {
            boolean confirmed = minutes.find(previous.id()).map(m -> m.getStatus() == MinutesStatus.CONFIRMED).orElse(false);
            return new Link("/meetings/" + previous.id() + "/minutes", "Read the " + (confirmed ? "" : "draft ") + "minutes of the meeting on "
                    + words.date(previous.startsAt().toLocalDate()));
        });
    }
}
