package org.scrutineer.agenda;

import java.net.URI;
import java.util.List;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's agenda through the API: read by staff; ordered and added to by democratic services
 * while it is a draft; after publication only a late item may be added.
 */
@RestController
@RequestMapping("/api/meetings/{id}/agenda")
class AgendaApiController {

    private final AgendaService agendas;
    private final AgendaPublication publication;
    private final MeetingService meetings;
    private final DateWords words;

    AgendaApiController(AgendaService agendas, AgendaPublication publication, MeetingService meetings, DateWords words) {
        this.agendas = agendas;
        this.publication = publication;
        this.meetings = meetings;
        this.words = words;
    }

    record AgendaChange(List<AgendaItemRequest> items) {
    }

    @GetMapping
    AgendaJson get(@PathVariable long id) {
        return AgendaJson.of(agendaOf(id), agendas.items(id));
    }

    @PutMapping
    AgendaJson replace(@PathVariable long id, @RequestBody AgendaChange body) {
        agendaOf(id);
        if (body == null || body.items() == null || body.items().isEmpty()) {
            throw Refusal.invalid("items", "Give the agenda's items in their new order");
        }
        if (body.items().size() > 200) {
            throw Refusal.invalid("items", "An agenda holds at most 200 items");
        }
        agendas.replace(id, body.items());
        return get(id);
    }

    @PostMapping("/items")
    ResponseEntity<AgendaJson> add(@PathVariable long id, @RequestBody AgendaItemRequest body) {
        agendaOf(id);
        if (body == null) {
            throw Refusal.invalid("title", "Give the item a title");
        }
        AgendaItem added = agendas.add(id, body);
        if (agendas.find(id).map(Agenda::isPublished).orElse(false)) {
            publication.lateItem(id, added.getId());
        }
        return ResponseEntity.created(URI.create("/api/meetings/" + id + "/agenda")).body(get(id));
    }

    private Agenda agendaOf(long meetingId) {
        ScheduledMeeting meeting = meetings.get(meetingId);
        return agendas.find(meetingId).orElseThrow(() -> new NotFound("The agenda for this meeting is drafted at the end of its report deadline, "
                + words.date(meeting.deadlines().reportDeadline())));
    }
}
