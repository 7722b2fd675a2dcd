package org.scrutineer.question;

import java.net.URI;
import java.util.Map;

import org.scrutineer.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/questions")
class QuestionApiController {

    private final QuestionIntake intake;
    private final QuestionQueries queries;

    QuestionApiController(QuestionIntake intake, QuestionQueries queries) {
        this.intake = intake;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> submit(@RequestBody QuestionSubmission submission) {
        PublicQuestion question = intake.submit(submission);
        return ResponseEntity.created(URI.create("/api/questions/" + question.getReference()))
                .body(Map.of("reference", question.getReference(), "status", question.getStatus()));
    }

    @GetMapping("/{reference}")
    QuestionJson get(@PathVariable String reference) {
        return queries.byReference(reference).orElseThrow(() -> new NotFound("There is no question with the reference " + reference));
    }
}
