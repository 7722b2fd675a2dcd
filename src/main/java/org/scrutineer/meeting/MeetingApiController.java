package org.scrutineer.meeting;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings")
class MeetingApiController {

    record NewMeeting(@NotBlank String committee, @NotNull LocalDateTime startsAt, @Size(max = 255) String venue) {
    }

    record MovedMeeting(@NotNull LocalDateTime startsAt, @Size(max = 255) String venue) {
    }

    private final MeetingService meetings;

    MeetingApiController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @PostMapping
    ResponseEntity<MeetingJson> create(@Valid @RequestBody NewMeeting body) {
        MeetingJson created = MeetingJson.of(meetings.schedule(body.committee(), body.startsAt(), body.venue()));
        return ResponseEntity.created(URI.create("/api/meetings/" + created.id())).body(created);
    }

    @GetMapping
    List<MeetingJson> list() {
        return meetings.all().stream().map(MeetingJson::of).toList();
    }

    @GetMapping("/{id}")
    MeetingJson get(@PathVariable long id) {
        return MeetingJson.of(meetings.get(id));
    }

    @PutMapping("/{id}")
    MeetingJson reschedule(@PathVariable long id, @Valid @RequestBody MovedMeeting body) {
        return MeetingJson.of(meetings.reschedule(id, body.startsAt(), body.venue()));
    }
}
