package org.scrutineer.dispute;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/disputes")
class DisputeApiController {

    private final DisputeIntake intake;
    private final DisputeQueries queries;
    private final CafcassReferral cafcass;
    private final DisputeReport report;
    private final Clock clock;

    DisputeApiController(DisputeIntake intake, DisputeQueries queries, CafcassReferral cafcass, DisputeReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
        this.intake = intake;
        this.queries = queries;
        this.cafcass = cafcass;
    }

    /** The body of {@code POST /api/disputes/{id}/cafcass-referral}: the referral date, today if none. */
    record CafcassReferralRequest(LocalDate referredOn) {
    }

    @PostMapping
    ResponseEntity<DisputeJson> raise(@RequestBody DisputeSubmission submission, Principal iro) {
        Dispute dispute = intake.raise(submission, iro.getName());
        return ResponseEntity.created(URI.create("/api/disputes/" + dispute.getId())).body(queries.byId(dispute.getId()).orElseThrow());
    }

    @GetMapping
    List<DisputeJson> list() {
        return queries.all();
    }

    @GetMapping("/{id:\\d+}")
    DisputeJson get(@PathVariable long id) {
        return queries.byId(id).orElseThrow(() -> NotFound.withId("dispute", id));
    }

    @GetMapping("/report")
    DisputeReportFigures report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding) {
        return report.forWeekEnding(weekEnding == null ? SendWeeklyDisputeReport.lastSunday(LocalDate.now(clock)) : weekEnding);
    }

    @PostMapping("/{id:\\d+}/cafcass-referral")
    DisputeJson referToCafcass(@PathVariable long id, @RequestBody(required = false) CafcassReferralRequest body) {
        cafcass.refer(id, body == null ? null : body.referredOn());
        return queries.byId(id).orElseThrow();
    }
}
