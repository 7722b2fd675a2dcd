package org.scrutineer.question;

import org.scrutineer.meeting.MeetingService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The supplement to the agenda: published questions with their answers, and supplementaries. */
@Controller
class PublishedQuestionsController {

    private final MeetingService meetings;
    private final QuestionQueries queries;

    PublishedQuestionsController(MeetingService meetings, QuestionQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    @GetMapping("/meetings/{id}/questions")
    String published(@PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute("questions", queries.publishedForMeeting(id));
        return "question/published";
    }
}
