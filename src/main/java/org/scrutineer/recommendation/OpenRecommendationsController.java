package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.web.OpenData;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The committees' recommendations with the executive's responses and the actions agreed, as the public tracker shows them; no exempt one. */
@RestController
@Tag(name = "Recommendations and responses")
class OpenRecommendationsController {

    /** A recommendation and its response; {@code actions} are "action (by when): progress". */
    record OpenRecommendation(long id, String number, String topic, Long meetingId, LocalDate meetingDate, String text, String addressee,
                              String scrutinyType, LocalDate dateSent, LocalDate responseDue, LocalDate responseReceived, String decision,
                              String response, List<String> actions, String status, String closure, LocalDate closedOn) {
    }

    private final RecommendationTracker tracker;
    private final OpenData open;

    OpenRecommendationsController(RecommendationTracker tracker, OpenData open) {
        this.tracker = tracker;
        this.open = open;
    }

    @Operation(summary = "Every recommendation that is not exempt, with its response and actions")
    @GetMapping(path = "/api/open/recommendations", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> recommendations(WebRequest request, @ParameterObject OpenData.Query query) {
        List<OpenRecommendation> rows = tracker.all(null).stream().filter(r -> !r.exempt()).map(r -> new OpenRecommendation(r.id(), r.number(),
                r.topic(), r.meetingId(), r.meetingDate(), r.text(), r.addressee(), r.scrutinyType(), r.dateSent(), r.dueDate(), r.dateReceived(),
                r.decision(), r.response(), r.actions().stream().map(a -> a.action() + (a.byWhen() == null ? "" : " (by " + a.byWhen() + ")")
                        + (a.progress() == null ? "" : ": " + a.progress())).toList(),
                r.responseStatus() == null ? null : r.responseStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), r.closure(), r.closedOn())).toList();
        return open.answer(request, "recommendations", OpenRecommendation.class, rows, r -> null, query);
    }
}
