package org.scrutineer.question;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.web.OpenData;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** A meeting's published public questions with their answers, as the questions supplement shows them; no asker's contact details. */
@RestController
@Tag(name = "Public questions")
class OpenQuestionsController {

    /** A published question, its answers ("from whom: answer") and any supplementary question with its answer. */
    record OpenQuestion(String reference, long meetingId, String askedBy, String question, List<String> answers, String supplementary,
                        String supplementaryAnswer, Instant publishedAt) {
    }

    private final QuestionQueries queries;
    private final MeetingService meetings;
    private final OpenData open;
    private final TransactionTemplate transactions;

    OpenQuestionsController(QuestionQueries queries, MeetingService meetings, OpenData open, TransactionTemplate transactions) {
        this.queries = queries;
        this.meetings = meetings;
        this.open = open;
        this.transactions = transactions;
    }

    @Operation(summary = "The public questions published for a meeting, with their answers")
    @GetMapping(path = "/api/open/meetings/{id}/questions", produces = {"application/json", "text/csv"})
    ResponseEntity<byte[]> questions(WebRequest request, @PathVariable long id, @ParameterObject OpenData.Query query) {
        meetings.get(id);
        List<OpenQuestion> rows = transactions.execute(status -> queries.publishedForMeeting(id).stream()
                .map(q -> new OpenQuestion(q.getReference(), q.getMeetingId(), q.getAskedBy(), q.getTextForPublication(),
                        q.getAnswers().stream().map(a -> a.getAddresseeWords() + ": " + a.getAnswer()).toList(),
                        q.getSupplementaryText(), q.getSupplementaryAnswer(), q.getPublishedAt())).toList());
        return open.answer(request, "meeting-" + id + "-questions", OpenQuestion.class, rows, OpenQuestion::publishedAt, query);
    }
}
