package org.scrutineer.minutes;

import java.time.Clock;
import java.time.LocalDate;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.publishing.PublishedAnswers;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published minutes, as a page and a PDF, each version as it was published. Before the chair
 * approves them, and once the public's six years to inspect them are over, the address answers as one
 * that does not exist; staff keep them.
 */
@RestController
class PublicMinutesController {

    private final PublishedDocuments published;
    private final MeetingService meetings;
    private final MinutesSettings settings;
    private final Clock clock;

    PublicMinutesController(PublishedDocuments published, MeetingService meetings, MinutesSettings settings, Clock clock) {
        this.published = published;
        this.meetings = meetings;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/meetings/{id}/minutes")
    ResponseEntity<String> page(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return PublishedAnswers.page(document(id, version));
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return PublishedAnswers.pdf(document(id, version), "minutes-" + id);
    }

    private PublishedDocument document(long id, Integer version) {
        LocalDate day = meetings.get(id).startsAt().toLocalDate();
        return published.find(MinutesDocuments.series(id), version).filter(d -> settings.stillPublic(day, LondonTime.today(clock)))
                .orElseThrow(() -> new NotFound("There are no published minutes at this address for meeting " + id));
    }
}
