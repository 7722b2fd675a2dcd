package org.scrutineer.agenda;

import java.util.List;
import java.util.Optional;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.PublishedAnswers;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side of a meeting's agenda, once published: the agenda as a page with every document
 * and its versions, the pack as one PDF, and each supplement as published. Before publication, or
 * for a version that was never published, the answer is the same as for a page that does not exist.
 */
@Controller
class PublicAgendaController {

    private final AgendaService agendas;
    private final AgendaDocumentList documentList;
    private final PublishedDocuments published;
    private final AgendaSupplementRepository supplements;
    private final AgendaReports reports;
    private final MeetingService meetings;
    private final DateWords words;
    private final PreviousMinutes previousMinutes;

    PublicAgendaController(AgendaService agendas, AgendaDocumentList documentList, PublishedDocuments published,
                           AgendaSupplementRepository supplements, AgendaReports reports, MeetingService meetings, DateWords words,
                           PreviousMinutes previousMinutes) {
        this.words = words;
        this.previousMinutes = previousMinutes;
        this.agendas = agendas;
        this.documentList = documentList;
        this.published = published;
        this.supplements = supplements;
        this.reports = reports;
        this.meetings = meetings;
    }

    @GetMapping("/meetings/{id}/agenda")
    String agenda(@PathVariable long id, Model model) {
        ScheduledMeeting meeting = meetings.get(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("pageTitle", "Agenda: " + meeting.committee().name() + ", " + words.date(meeting.startsAt().toLocalDate()));
        Optional<Agenda> publishedAgenda = agendas.find(id).filter(Agenda::isPublished);
        if (publishedAgenda.isEmpty()) {
            return "agenda/not-published";
        }
        Agenda agenda = publishedAgenda.get();
        List<AgendaItem> items = agendas.items(id);
        model.addAttribute("agenda", agenda);
        model.addAttribute("items", items);
        model.addAttribute("publishedReports", reports.forMeeting(id).stream().filter(r -> r.approved() && !r.exempt()).map(AgendaReport::id).toList());
        model.addAttribute("documents", documentList.publishedFor(id));
        model.addAttribute("supplements", supplements.findByMeetingIdOrderByNumberAsc(id));
        model.addAttribute("previousMinutes", previousMinutes.forMeeting(id).orElse(null));
        return "agenda/public";
    }

    @GetMapping("/meetings/{id}/agenda.pdf")
    ResponseEntity<byte[]> pack(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return PublishedAnswers.pdf(document(AgendaDocuments.agendaSeries(id), version, id), "agenda-" + id);
    }

    @GetMapping("/meetings/{id}/supplement/{number}")
    ResponseEntity<String> supplement(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) Integer version) {
        return PublishedAnswers.page(document(AgendaDocuments.supplementSeries(id, number), version, id));
    }

    @GetMapping("/meetings/{id}/supplement/{number}.pdf")
    ResponseEntity<byte[]> supplementPdf(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) Integer version) {
        return PublishedAnswers.pdf(document(AgendaDocuments.supplementSeries(id, number), version, id), "agenda-" + id + "-supplement-" + number);
    }

    private PublishedDocument document(String series, Integer version, long meetingId) {
        meetings.get(meetingId);
        return published.find(series, version).orElseThrow(() -> notPublished(meetingId));
    }


    private static NotFound notPublished(long meetingId) {
        return new NotFound("There is no document published at this address for meeting " + meetingId);
    }
}
