package org.scrutineer.workprogramme;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A committee's work programme through the API: read by staff, for the municipal year beginning in
 * {@code year} (this one when not given); added to and changed by democratic services and the
 * statutory scrutiny officer.
 */
@RestController
class WorkProgrammeApiController {

    private final WorkProgramme programme;
    private final MeetingService meetings;

    WorkProgrammeApiController(WorkProgramme programme, MeetingService meetings) {
        this.programme = programme;
        this.meetings = meetings;
    }

    @GetMapping("/api/committees/{id}/work-programme")
    List<WorkProgrammeJson> list(@PathVariable String id, @RequestParam(required = false) Integer year) {
        if (year != null && (year < 2000 || year > 2200)) {
            throw Refusal.invalid("year", "Give the year the municipal year begins in, like 2026");
        }
        return programme.forYear(id, programme.yearBeginning(year)).stream().map(this::json).toList();
    }

    @PostMapping("/api/committees/{id}/work-programme")
    ResponseEntity<WorkProgrammeJson> add(@PathVariable String id, @RequestBody(required = false) WorkProgrammeChange body) {
        WorkProgrammeItem item = programme.add(id, body);
        return ResponseEntity.created(URI.create("/api/committees/" + id + "/work-programme/" + item.getId())).body(json(item));
    }

    @GetMapping("/api/committees/{id}/work-programme/{itemId:\\d+}")
    WorkProgrammeJson get(@PathVariable String id, @PathVariable long itemId) {
        return json(itemOf(id, itemId));
    }

    @PutMapping("/api/committees/{id}/work-programme/{itemId:\\d+}")
    WorkProgrammeJson change(@PathVariable String id, @PathVariable long itemId, @RequestBody(required = false) WorkProgrammeChange body) {
        itemOf(id, itemId);
        return json(programme.change(itemId, body));
    }

    private WorkProgrammeItem itemOf(String committeeId, long itemId) {
        WorkProgrammeItem item = programme.get(itemId);
        if (!item.getCommitteeId().equals(committeeId)) {
            throw NotFound.withId("work programme item", itemId);
        }
        return item;
    }

    WorkProgrammeJson json(WorkProgrammeItem item) {
        return WorkProgrammeJson.of(item, item.getMeetingId() == null ? null
                : meetings.find(item.getMeetingId()).map(ScheduledMeeting::startsAt).map(LocalDateTime::toLocalDate).orElse(null));
    }
}
