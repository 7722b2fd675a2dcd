package org.scrutineer.action;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.Committee;
import org.scrutineer.meeting.Committees;
import org.scrutineer.web.OpenData;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** What a committee has asked for and the answers, as its public actions page shows them: no exempt action and no owner's email. */
@RestController
@Tag(name = "Actions")
class OpenActionsController {

    /** An action or information request the committee set at a meeting, and its answer. */
    record OpenAction(long id, String committeeId, long meetingId, LocalDate meetingDate, Integer minute, String kind, String text,
                      String owner, LocalDate dueBy, String status, String response, LocalDate respondedOn, LocalDate closedOn) {
    }

    private final ActionTracker tracker;
    private final Committees committees;
    private final OpenData open;
    private final DateWords words;

    OpenActionsController(ActionTracker tracker, Committees committees, OpenData open, DateWords words) {
        this.tracker = tracker;
        this.committees = committees;
        this.open = open;
        this.words = words;
    }

    @Operation(summary = "The actions and information requests a committee has set, with their answers")
    @GetMapping(path = "/api/open/committees/{id}/actions", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> actions(WebRequest request, @PathVariable String id, @ParameterObject OpenData.Query query) {
        Committee committee = committees.get(id);
        List<OpenAction> rows = tracker.find(new ActionTracker.Filter(committee.id(), null, null, null)).stream().filter(a -> !a.exempt())
                .sorted(Comparator.comparing(ActionJson::id))
                .map(a -> new OpenAction(a.id(), committee.id(), a.meetingId(), a.meetingDate(), a.minute(), a.kind(), a.text(), a.ownerName(),
                        a.dueBy(), a.status().name().toLowerCase(java.util.Locale.ROOT), a.responseInWords(words), a.respondedOn(), a.closedOn())).toList();
        return open.answer(request, committee.id() + "-actions", OpenAction.class, rows, r -> null, query);
    }
}
