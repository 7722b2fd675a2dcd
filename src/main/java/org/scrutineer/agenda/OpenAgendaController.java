package org.scrutineer.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.web.OpenData;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** A meeting's agenda items once the agenda is published, without its exempt items; none before. */
@RestController
@Tag(name = "Agendas")
class OpenAgendaController {

    /** An agenda item; {@code reportUrl} is the published report's page when the item has one. */
    record OpenAgendaItem(long meetingId, int number, String title, String purpose, String kind, boolean late, String lateReason,
                          boolean toFollow, String reportUrl, Instant publishedAt) {
    }

    private final AgendaService agendas;
    private final AgendaReports reports;
    private final MeetingService meetings;
    private final OpenData open;
    private final MailSettings links;

    OpenAgendaController(AgendaService agendas, AgendaReports reports, MeetingService meetings, OpenData open, MailSettings links) {
        this.agendas = agendas;
        this.reports = reports;
        this.meetings = meetings;
        this.open = open;
        this.links = links;
    }

    @Operation(summary = "The items of a meeting's published agenda, leaving out exempt items")
    @GetMapping(path = "/api/open/meetings/{id}/agenda-items", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> items(WebRequest request, @PathVariable long id, @ParameterObject OpenData.Query query) {
        meetings.get(id);
        Optional<Agenda> agenda = agendas.find(id).filter(Agenda::isPublished);
        List<Long> published = reports.forMeeting(id).stream().filter(r -> r.approved() && !r.exempt()).map(AgendaReport::id).toList();
        List<OpenAgendaItem> rows = agenda.isEmpty() ? List.of() : agendas.items(id).stream().filter(item -> !item.isExempt())
                .map(item -> new OpenAgendaItem(id, item.getPosition(), item.getTitle(), item.getPurpose(), item.getKind().name().toLowerCase(java.util.Locale.ROOT),
                        item.isLate(), item.getLateReason(), item.isToFollow(),
                        item.getReportId() != null && !item.isToFollow() && published.contains(item.getReportId())
                                ? links.publicUrl() + "/reports/" + item.getReportId() : null,
                        agenda.get().getPublishedAt())).toList();
        return open.answer(request, "meeting-" + id + "-agenda-items", OpenAgendaItem.class, rows, OpenAgendaItem::publishedAt, query);
    }
}
