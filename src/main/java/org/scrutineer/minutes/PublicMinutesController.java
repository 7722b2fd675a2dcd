package org.scrutineer.minutes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.web.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
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
        PublishedDocument document = document(id, version);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).eTag(document.htmlSha256())
                .body(new String(document.html(), StandardCharsets.UTF_8));
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer version) {
        PublishedDocument document = document(id, version);
        String file = "minutes-" + id + (document.version() > 1 ? "-version-" + document.version() : "") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(file).build().toString())
                .cacheControl(CacheControl.noCache()).eTag(document.pdfSha256())
                .body(document.pdf());
    }

    private PublishedDocument document(long id, Integer version) {
        LocalDate day = meetings.get(id).startsAt().toLocalDate();
        String series = MinutesDocuments.series(id);
        Optional<PublishedDocument> found = version == null ? published.latest(series) : published.version(series, version);
        return found.filter(d -> settings.stillPublic(day, LondonTime.today(clock)))
                .orElseThrow(() -> new NotFound("There are no published minutes at this address for meeting " + id));
    }
}
