package org.scrutineer.meeting;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scrutineer.calendar.CalendarCoverage;
import org.scrutineer.web.Refusal;
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

    /** A move (startsAt, venue), deadlines set by hand with the reason, or both. */
    record MovedMeeting(LocalDateTime startsAt, @Size(max = 255) String venue,
                        LocalDateTime questionDeadline, LocalDate reportDeadline, LocalDate agendaPublicationDate,
                        String deadlineOverrideReason) {

        DeadlineOverride override() {
            return new DeadlineOverride(questionDeadline, reportDeadline, agendaPublicationDate, deadlineOverrideReason);
        }

        boolean changesNothing() {
            return startsAt == null && (venue == null || venue.isBlank()) && override().isEmpty();
        }
    }

    /** Whether re-applying the rules also replaces the deadlines set by hand. */
    record CancellationRequest(String reason) {
    }

    record RulesReapplied(Boolean clearOverrides) {

        boolean clear() {
            return Boolean.TRUE.equals(clearOverrides);
        }
    }

    private final MeetingService meetings;
    private final CalendarCoverage coverage;

    MeetingApiController(MeetingService meetings, CalendarCoverage coverage) {
        this.meetings = meetings;
        this.coverage = coverage;
    }

    @PostMapping
    ResponseEntity<MeetingJson> create(@Valid @RequestBody NewMeeting body) {
        MeetingJson created = MeetingJson.of(meetings.schedule(body.committee(), body.startsAt(), body.venue()), coverage);
        return ResponseEntity.created(URI.create("/api/meetings/" + created.id())).body(created);
    }

    @GetMapping
    List<MeetingJson> list() {
        return meetings.all().stream().map(m -> MeetingJson.of(m, coverage)).toList();
    }

    @GetMapping("/{id}")
    MeetingJson get(@PathVariable long id) {
        return MeetingJson.of(meetings.get(id), coverage);
    }

    @PutMapping("/{id}")
    MeetingJson change(@PathVariable long id, @Valid @RequestBody MovedMeeting body) {
        if (body.changesNothing()) {
            throw Refusal.invalid("startsAt", "Give startsAt to move the meeting, or a questionDeadline, "
                    + "reportDeadline or agendaPublicationDate with the deadlineOverrideReason to set a deadline by hand");
        }
        return MeetingJson.of(meetings.change(id, body.startsAt(), body.venue(), body.override()), coverage);
    }

    @PostMapping("/{id}/cancellation")
    MeetingJson cancel(@PathVariable long id, @RequestBody CancellationRequest body) {
        return MeetingJson.of(meetings.cancel(id, body.reason()), coverage);
    }

    @PostMapping("/{id}/reapply-rules")
    MeetingJson reapplyRules(@PathVariable long id, @RequestBody(required = false) RulesReapplied body) {
        return MeetingJson.of(meetings.reapplyRules(id, body != null && body.clear()), coverage);
    }
}
