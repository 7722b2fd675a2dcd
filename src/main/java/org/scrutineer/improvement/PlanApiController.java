package org.scrutineer.improvement;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.scrutineer.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The improvement plans for other systems: {@code POST /api/plans/import} takes a plan's table as CSV
 * and answers {@code {planId, imported, unchanged, warnings}}; {@code GET /api/plans} lists the plans
 * and {@code GET /api/plans/{id}} gives one, as JSON, or as CSV in the import's columns when asked for
 * {@code text/csv}; {@code POST /api/plans/{id}/measures} adds a measure that matters with its
 * quarterly targets, and {@code POST /api/plans/{id}/recommendations} an inspection or commissioner
 * recommendation with the actions that answer it; {@code POST /api/plans/{id}/agenda-reports} places the
 * plan's report as of a day ({@code {meetingId, asOf}}) on a meeting's agenda, through report sign-off.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final PlanImport importer;
    private final Plans plans;
    private final Measures measures;
    private final Recommendations recommendations;
    private final PlanAgendaReports agendaReports;

    PlanApiController(PlanImport importer, Plans plans, Measures measures, Recommendations recommendations, PlanAgendaReports agendaReports) {
        this.importer = importer;
        this.plans = plans;
        this.measures = measures;
        this.recommendations = recommendations;
        this.agendaReports = agendaReports;
    }

    /** The body of {@code POST /api/plans/{id}/agenda-reports}: the meeting, and the day the report shows as {@code YYYY-MM-DD} (today when left out). */
    record AgendaReportRequest(Long meetingId, String asOf) {
    }

    @PostMapping(path = "/{id:\\d+}/agenda-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanAgendaReports.Placed> placeOnAgenda(@PathVariable long id, @RequestBody(required = false) AgendaReportRequest request,
                                                           Principal person) {
        AgendaReportRequest body = request == null ? new AgendaReportRequest(null, null) : request;
        PlanAgendaReports.Placed placed = agendaReports.place(id, body.meetingId(), day(body.asOf()), person.getName());
        return ResponseEntity.created(java.net.URI.create("/api/reports/" + placed.reportId())).body(placed);
    }

    @GetMapping("/{id:\\d+}/agenda-reports")
    List<PlanAgendaReports.Placed> agendaReports(@PathVariable long id) {
        plans.plan(id);
        return agendaReports.of(id);
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("asOf", "Give the day the report shows as YYYY-MM-DD, for example 2026-11-26");
        }
    }

    @PostMapping(path = "/{id:\\d+}/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson.RecommendationJson> addRecommendation(@PathVariable long id, @RequestBody(required = false) RecommendationRequest request) {
        InspectionRecommendation added = recommendations.add(id, request);
        return ResponseEntity.created(java.net.URI.create("/api/plans/" + id)).body(Recommendations.json(added));
    }

    @PostMapping(path = "/{id:\\d+}/measures", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson.MeasureJson> addMeasure(@PathVariable long id, @RequestBody(required = false) MeasureRequest request) {
        Measure measure = measures.add(id, request);
        return ResponseEntity.created(java.net.URI.create("/api/plans/" + id)).body(measures.json(measure));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    PlanImportResult importCsv(@RequestBody(required = false) String csv, Principal person) {
        return importer.importCsv(csv, person == null ? null : person.getName());
    }

    @GetMapping
    List<PlanJson.Summary> all() {
        return plans.all();
    }

    @GetMapping(path = "/{id:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
    PlanJson one(@PathVariable long id) {
        return plans.one(id);
    }

    @GetMapping(path = "/{id:\\d+}", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable long id) {
        String body = plans.csv(id);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"improvement-plan-" + id + ".csv\"").body(body);
    }
}
