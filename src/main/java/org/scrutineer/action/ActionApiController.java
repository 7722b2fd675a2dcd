package org.scrutineer.action;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actions and information requests through the API: a clerk enters one, the tracker lists them as of
 * any day (as JSON, or as CSV when asked for {@code text/csv}), and democratic services close one.
 */
@RestController
@RequestMapping("/api/actions")
class ActionApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TrackedActions actions;
    private final ActionTracker tracker;

    ActionApiController(TrackedActions actions, ActionTracker tracker) {
        this.actions = actions;
        this.tracker = tracker;
    }

    @PostMapping
    ResponseEntity<ActionJson> add(@RequestBody(required = false) ActionRequest request, Principal person) {
        TrackedAction action = actions.add(request, person == null ? null : person.getName());
        return ResponseEntity.created(URI.create("/api/actions/" + action.getId())).body(tracker.one(action.getId(), null));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<ActionJson> list(@RequestParam(required = false) String committee, @RequestParam(required = false) Long meetingId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          @RequestParam(required = false) String status) {
        return tracker.find(tracker.filter(committee, meetingId, asOf, status));
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String committee, @RequestParam(required = false) Long meetingId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @RequestParam(required = false) String status) {
        ActionTracker.Filter filter = tracker.filter(committee, meetingId, asOf, status);
        LocalDate day = asOf == null ? tracker.today() : asOf;
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"actions-" + day + ".csv\"")
                .body(ActionTracker.csv(tracker.find(filter)));
    }

    @GetMapping("/{id:\\d+}")
    ActionJson one(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tracker.one(id, asOf);
    }

    @PostMapping("/{id:\\d+}/close")
    ActionJson close(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
        actions.close(id, body == null ? null : body.get("note"));
        return tracker.one(id, null);
    }
}
