package org.scrutineer.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.web.OpenData;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The committees, their members and their meetings with the documents published for each, for anyone to read and reuse. */
@RestController
@RequestMapping("/api/open")
@Tag(name = "Committees and meetings")
class OpenMeetingsController {

    /** A committee. */
    record OpenCommittee(String id, String name, String defaultVenue, String calendarUrl) {
    }

    /** A member of a committee for a term; no contact details are published. */
    record OpenMember(String committeeId, String name, String role, String represents, boolean voting, LocalDate from, LocalDate to) {
    }

    /** A meeting, in London time; a cancelled one says why. */
    record OpenMeeting(long id, String committeeId, String committee, LocalDateTime startsAt, String venue, String status,
                       String cancellationReason, LocalDateTime questionDeadline, LocalDate reportDeadline, LocalDate agendaPublicationDate,
                       String url, Instant updatedAt) {
    }

    /** A document published for a meeting, at its latest version. */
    record OpenDocument(long meetingId, String title, int version, Instant publishedAt, long sizeBytes, String pdfUrl, String pageUrl, String note) {
    }

    private final Committees committees;
    private final Membership membership;
    private final MeetingService meetings;
    private final List<MeetingDocuments> documents;
    private final OpenData open;
    private final MailSettings links;
    private final Clock clock;

    OpenMeetingsController(Committees committees, Membership membership, MeetingService meetings, List<MeetingDocuments> documents,
                           OpenData open, MailSettings links, Clock clock) {
        this.committees = committees;
        this.membership = membership;
        this.meetings = meetings;
        this.documents = documents;
        this.open = open;
        this.links = links;
        this.clock = clock;
    }

    @Operation(summary = "The scrutiny committees")
    @GetMapping(path = "/committees", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> committees(WebRequest request, @ParameterObject OpenData.Query query) {
        List<OpenCommittee> rows = committees.all().stream().sorted(java.util.Comparator.comparing(Committee::id))
                .map(c -> new OpenCommittee(c.id(), c.name(), c.defaultVenue(), links.publicUrl() + "/committees/" + c.id() + "/meetings.ics")).toList();
        return open.answer(request, "committees", OpenCommittee.class, rows, r -> null, query);
    }

    @Operation(summary = "A committee's members on a day (today unless asOf is given)")
    @GetMapping(path = "/committees/{id}/members", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> members(WebRequest request, @PathVariable String id, @RequestParam(required = false) LocalDate asOf, @ParameterObject OpenData.Query query) {
        Committee committee = committees.get(id);
        List<OpenMember> rows = membership.asOf(committee.id(), asOf == null ? LondonTime.today(clock) : asOf).stream()
                .map(m -> new OpenMember(committee.id(), m.name(), m.role(), m.represents(), m.voting(), m.from(), m.to())).toList();
        return open.answer(request, committee.id() + "-members", OpenMember.class, rows, r -> null, query);
    }

    @Operation(summary = "Every meeting from a day on (a year ago unless from is given), oldest first")
    @GetMapping(path = "/meetings", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> meetings(WebRequest request, @RequestParam(required = false) LocalDate from,
                                    @RequestParam(required = false) String committee, @ParameterObject OpenData.Query query) {
        List<OpenMeeting> rows = meetings.since(from == null ? LondonTime.today(clock).minusYears(1) : from).stream()
                .filter(m -> committee == null || m.committee().id().equals(committee)).map(this::meeting).toList();
        return open.answer(request, "meetings", OpenMeeting.class, rows, OpenMeeting::updatedAt, query);
    }

    @Operation(summary = "The documents published for a meeting: agenda pack, supplements, minutes")
    @GetMapping(path = "/meetings/{id}/documents", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> documents(WebRequest request, @PathVariable long id, @ParameterObject OpenData.Query query) {
        ScheduledMeeting meeting = meetings.get(id);
        String site = links.publicUrl();
        List<OpenDocument> rows = documents.stream().flatMap(d -> d.publishedFor(meeting.id()).stream())
                .map(d -> new OpenDocument(meeting.id(), d.title(), Math.max(1, d.versions().size()), d.publishedAt(), d.sizeBytes(),
                        site + d.path(), d.pagePath() == null ? null : site + d.pagePath(), d.note())).toList();
        return open.answer(request, "meeting-" + id + "-documents", OpenDocument.class, rows, OpenDocument::publishedAt, query);
    }

    private OpenMeeting meeting(ScheduledMeeting m) {
        Meeting held = m.meeting();
        return new OpenMeeting(m.id(), m.committee().id(), m.committee().name(), m.startsAt(), m.venue(),
                held.isCancelled() ? "cancelled" : m.startsAt().isBefore(LocalDateTime.now(clock)) ? "held" : "scheduled",
                held.getCancellationReason(), m.deadlines().questionDeadline(), m.deadlines().reportDeadline(), m.deadlines().agendaPublicationDate(),
                links.publicUrl() + "/meetings/" + m.id(), held.getUpdatedAt());
    }
}
