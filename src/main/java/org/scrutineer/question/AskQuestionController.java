package org.scrutineer.question;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public "Ask a question" form of a meeting. */
@Controller
class AskQuestionController {

    private final MeetingService meetings;
    private final QuestionIntake intake;
    private final QuestionSettings settings;
    private final Clock clock;

    AskQuestionController(MeetingService meetings, QuestionIntake intake, QuestionSettings settings, Clock clock) {
        this.meetings = meetings;
        this.intake = intake;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/meetings/{id}/ask")
    String form(@PathVariable long id, Model model) {
        return show(model, meetings.get(id), new QuestionSubmission(id, null, null, null, null, null, null, null), Map.of());
    }

    @PostMapping("/meetings/{id}/ask")
    String submit(@PathVariable long id, @ModelAttribute QuestionSubmission form, Model model, RedirectAttributes redirect) {
        ScheduledMeeting meeting = meetings.get(id);
        QuestionSubmission submission = new QuestionSubmission(id, form.name(), form.email(), form.town(),
                form.livesOrWorksInArea(), form.addressedTo(), form.text(), form.onBehalfOf());
        try {
            PublicQuestion question = intake.submit(submission);
            redirect.addFlashAttribute("reference", question.getReference());
            return "redirect:/meetings/" + id + "/ask/confirmation";
        } catch (Refusal refused) {
            return show(model, meeting, submission, refused.errors());
        }
    }

    @GetMapping("/meetings/{id}/ask/confirmation")
    String confirmation(@PathVariable long id, Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/meetings/" + id;
        }
        model.addAttribute("meeting", meetings.get(id));
        return "question/confirmation";
    }

    private String show(Model model, ScheduledMeeting meeting, QuestionSubmission form, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("addressees", QuestionAddressee.values());
        model.addAttribute("wordLimit", settings.wordLimit());
        model.addAttribute("open", LocalDateTime.now(clock).isBefore(meeting.deadlines().questionDeadline()));
        return "question/ask";
    }
}
