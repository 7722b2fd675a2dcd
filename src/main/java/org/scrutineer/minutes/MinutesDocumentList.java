package org.scrutineer.minutes;

import java.time.Clock;
import java.util.List;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.meeting.MeetingDocuments;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.publishing.PublishedDocuments;
import org.springframework.stereotype.Component;

/** The published minutes as the meeting's page lists them, every version, for as long as the public may inspect them. */
@Component
class MinutesDocumentList implements MeetingDocuments {

    private final PublishedDocuments published;
    private final MeetingService meetings;
    private final MinutesSettings settings;
    private final Clock clock;

    MinutesDocumentList(PublishedDocuments published, MeetingService meetings, MinutesSettings settings, Clock clock) {
        this.published = published;
        this.meetings = meetings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<Listed> publishedFor(long meetingId) {
        if (!settings.stillPublic(meetings.get(meetingId).startsAt().toLocalDate(), LondonTime.today(clock))) {
            return List.of();
        }
        String path = "/meetings/" + meetingId + "/minutes.pdf";
        return published.latest(MinutesDocuments.series(meetingId)).map(d -> new Listed(d.title(), path, "/meetings/" + meetingId + "/minutes",
                d.note(), d.publishedAt(), d.pdfSize(), published.versions(d.series()).stream()
                .map(v -> new Version(v.version(), v.publishedAt(), path + "?version=" + v.version())).toList())).stream().toList();
    }
}
