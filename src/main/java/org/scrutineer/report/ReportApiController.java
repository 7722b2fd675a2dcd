package org.scrutineer.report;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

import org.scrutineer.calendar.CalendarCoverage;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.web.ApiProblem;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/reports")
class ReportApiController {

    private final ReportRegistration registration;
    private final ReportDocuments documents;
    private final ReportQueries queries;
    private final ReportAgenda agenda;
    private final ReportSettings settings;
    private final MeetingService meetings;
    private final CalendarCoverage coverage;
    private final Clock clock;

    ReportApiController(ReportRegistration registration, ReportDocuments documents, ReportQueries queries, ReportAgenda agenda,
                        ReportSettings settings, MeetingService meetings, CalendarCoverage coverage, Clock clock) {
        this.registration = registration;
        this.documents = documents;
        this.queries = queries;
        this.agenda = agenda;
        this.settings = settings;
        this.meetings = meetings;
        this.coverage = coverage;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@RequestBody ReportRegistrationRequest request, Authentication who) {
        Report report = registration.register(request, who.getName());
        return ResponseEntity.created(URI.create("/api/reports/" + report.getId())).body(Map.of("id", report.getId()));
    }

    @PostMapping(path = "/{id}/versions", consumes = "multipart/form-data")
    ResponseEntity<Map<String, Object>> upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                                               Authentication who) throws IOException {
        ReportVersion version = documents.upload(id, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), who.getName());
        return ResponseEntity.created(URI.create("/api/reports/" + id + "/versions/" + version.getNumber()))
                .body(Map.of("number", version.getNumber(), "mediaType", version.getMediaType(), "size", version.getSizeBytes()));
    }

    @GetMapping("/{id}")
    ReportJson get(@PathVariable long id) {
        Report report = queries.get(id);
        return ReportJson.of(report, clock.getZone(), coverage.warningFor(meetings.get(report.getMeetingId()).calendarDates()));
    }

    @GetMapping("/{id}/versions/{number}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable int number) {
        ReportVersion version = queries.get(id).getVersions().stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> NotFound.withId("report", id));
        return DocumentDownload.attachment(version, documents.content(version));
    }

    /** The body of {@code PUT /api/reports/{id}/agenda-item}; the number's range is the agenda's rule, checked there for every door. */
    record AgendaItemRequest(Integer agendaItem) {
    }

    @PutMapping("/{id}/agenda-item")
    Map<String, Object> placeOnAgenda(@PathVariable long id, @RequestBody AgendaItemRequest body) {
        Report report = agenda.place(id, body.agendaItem());
        return Map.of("id", report.getId(), "agendaItem", report.getAgendaItem());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiProblem> unreadableUpload(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return ApiProblem.answer(Refusal.of(HttpStatus.PAYLOAD_TOO_LARGE, "file", ReportDocuments.tooLarge(settings.maxDocumentSize())));
        }
        return ApiProblem.answer(Refusal.invalid("file",
                "The upload could not be read. Send the document as the field 'file' of a multipart/form-data request"));
    }
}
