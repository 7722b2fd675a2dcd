package org.scrutineer.improvement;

import java.security.Principal;
import java.util.List;

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
 * recommendation with the actions that answer it.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final PlanImport importer;
    private final Plans plans;
    private final Measures measures;
    private final Recommendations recommendations;

    PlanApiController(PlanImport importer, Plans plans, Measures measures, Recommendations recommendations) {
        this.importer = importer;
        this.plans = plans;
        this.measures = measures;
        this.recommendations = recommendations;
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
