package org.scrutineer.recommendation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
@RequestMapping("/api/recommendations")
class RecommendationApiController {

    private final RecommendationIntake intake;
    private final RecommendationTracker tracker;
    private final RecommendationImport importer;

    RecommendationApiController(RecommendationIntake intake, RecommendationTracker tracker, RecommendationImport importer) {
        this.intake = intake;
        this.tracker = tracker;
        this.importer = importer;
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    ImportResult importCsv(@RequestBody String csv) {
        return importer.importCsv(csv);
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, Object>> record(@RequestBody RecommendationSubmission submission) {
        Recommendation r = intake.record(submission);
        return ResponseEntity.created(URI.create("/api/recommendations/" + r.getId())).body(Map.of("id", r.getId()));
    }

    @GetMapping
    List<RecommendationJson> tracker(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tracker.all(asOf);
    }

    @GetMapping("/{id}")
    RecommendationJson one(@PathVariable long id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tracker.one(id, asOf);
    }
}
