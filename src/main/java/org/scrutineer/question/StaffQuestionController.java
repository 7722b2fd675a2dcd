package org.scrutineer.question;

import org.scrutineer.meeting.MeetingService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Democratic services' list of a meeting's questions with the state of each. */
@Controller
class StaffQuestionController {

    private final MeetingService meetings;
    private final QuestionQueries queries;

    StaffQuestionController(MeetingService meetings, QuestionQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    @GetMapping("/staff/meetings/{id}/questions")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute("questions", queries.forMeeting(id));
        return "question/staff-list";
    }
}
