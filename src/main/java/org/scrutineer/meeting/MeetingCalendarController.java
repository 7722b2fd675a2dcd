package org.scrutineer.meeting;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.scrutineer.calendar.CalendarFeed;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.web.SiteSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committees' meetings for anyone's calendar: {@code /meetings.ics} for every committee and
 * {@code /committees/{id}/meetings.ics} for one, from a year ago on. Each meeting keeps its
 * {@code UID}; a move, a new venue or a cancellation raises its {@code SEQUENCE}, and a cancelled
 * meeting stays in the feed as {@code STATUS:CANCELLED}, so subscribed calendars follow the change.
 */
@RestController
class MeetingCalendarController {

    private final MeetingService meetings;
    private final Committees committees;
    private final DateWords words;
    private final MailSettings links;
    private final SiteSettings site;
    private final Clock clock;

    MeetingCalendarController(MeetingService meetings, Committees committees, DateWords words, MailSettings links, SiteSettings site, Clock clock) {
        this.meetings = meetings;
        this.committees = committees;
        this.words = words;
        this.links = links;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/meetings.ics")
    ResponseEntity<String> all() {
        return feed("meetings", site.getCouncilName() + " scrutiny committee meetings", meetings.forFeeds(null));
    }

    @GetMapping("/committees/{id}/meetings.ics")
    ResponseEntity<String> ofCommittee(@PathVariable String id) {
        Committee committee = committees.get(id);
        return feed(committee.id() + "-meetings", committee.name() + " meetings",
                meetings.forFeeds(committee.id()));
    }

    private ResponseEntity<String> feed(String file, String name, List<ScheduledMeeting> held) {
        String body = CalendarFeed.write(site.getCouncilName(), name, held.stream().map(this::event).toList(), clock.instant());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CalendarFeed.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + ".ics\"").body(body);
    }

    private CalendarFeed.Event event(ScheduledMeeting meeting) {
        URI page = URI.create(links.publicUrl() + "/meetings/" + meeting.id());
        Meeting held = meeting.meeting();
        String about = held.isCancelled()
                ? "This meeting is cancelled." + (held.getCancellationReason() == null ? "" : " " + held.getCancellationReason())
                : "Questions from the public must be received by " + words.timeOnDate(meeting.deadlines().questionDeadline())
                + ". The agenda, the reports and how to ask a question: " + page;
        return CalendarFeed.Event.timed("meeting-" + meeting.id() + "@" + page.getHost(), held.getCalendarSequence(), meeting.startsAt(),
                        meeting.startsAt().plus(meeting.committee().meetingLength()), meeting.committee().name())
                .at(meeting.venue()).about(about, page).cancelled(held.isCancelled()).modified(held.getUpdatedAt());
    }
}
