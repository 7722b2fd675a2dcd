package org.scrutineer.workprogramme;

import java.net.URI;

import org.scrutineer.meeting.Committees;
import org.scrutineer.web.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The same door as the public form: {@code POST /api/topic-suggestions}, open to anyone, with the same rules. */
@RestController
class TopicSuggestionApiController {

    private final TopicSuggestions suggestions;
    private final Committees committees;

    TopicSuggestionApiController(TopicSuggestions suggestions, Committees committees) {
        this.suggestions = suggestions;
        this.committees = committees;
    }

    record Received(long id, String status) {
    }

    @PostMapping("/api/topic-suggestions")
    ResponseEntity<Received> suggest(@RequestBody(required = false) TopicSuggestionSubmission body) {
        if (body == null || body.committee() == null || body.committee().isBlank()) {
            throw Refusal.invalid("committee", "Say which committee the topic is for");
        }
        TopicSuggestion s = suggestions.submit(committees.named(body.committee()).id(), body);
        return ResponseEntity.created(URI.create("/api/topic-suggestions/" + s.getId())).body(new Received(s.getId(), s.getStatus()));
    }
}
