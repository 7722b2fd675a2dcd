package org.scrutineer.question;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scrutineer.meeting.MeetingNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
        return queries.byReference(reference).orElseThrow(() -> new QuestionNotFoundException(reference));
    }

    @ExceptionHandler(QuestionRefused.class)
    ResponseEntity<Map<String, Object>> refused(QuestionRefused e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage() + ".");
        body.put("errors", e.errors());
        return ResponseEntity.status(e.invalid() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY).body(body);
    }

    @ExceptionHandler({QuestionNotFoundException.class, MeetingNotFoundException.class})
    ResponseEntity<Map<String, Object>> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}
