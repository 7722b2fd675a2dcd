package org.scrutineer.action;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A partner answers an action through the signed link in their email, without signing in. A forged
 * link answers as a page that does not exist; a link already used, or expired, says so and who to
 * contact; an answer with something missing comes back as typed, with the reasons.
 */
@Controller
class PartnerAnswerController {

    private final PartnerAnswers answers;
    private final TrackedActions actions;
    private final MeetingService meetings;
    private final DateWords words;

    PartnerAnswerController(PartnerAnswers answers, TrackedActions actions, MeetingService meetings, DateWords words) {
        this.answers = answers;
        this.actions = actions;
        this.meetings = meetings;
        this.words = words;
    }

    @GetMapping("/actions/{id:\\d+}/respond")
    String form(@PathVariable long id, @RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        ActionLinks.Check check = answers.check(id, token);
        if (check != ActionLinks.Check.VALID) {
            return refused(id, check, model, response);
        }
        return show(id, token, Map.of(), Map.of(), model);
    }

    @PostMapping("/actions/{id:\\d+}/respond")
    String answer(@PathVariable long id, @RequestParam(required = false) String token, @RequestParam(required = false) String response,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String newDueBy, Model model,
                  HttpServletResponse http) {
        PartnerAnswers.Outcome result = answers.answer(id, token, response, outcome, newDueBy);
        if (result.link() != ActionLinks.Check.VALID) {
            return refused(id, result.link(), model, http);
        }
        if (!result.kept()) {
            Map<String, String> typed = new HashMap<>();
            typed.put("response", response);
            typed.put("outcome", outcome);
            typed.put("newDueBy", newDueBy);
            return show(id, token, result.errors(), typed, model);
        }
        TrackedAction action = actions.get(id);
        model.addAttribute("action", action);
        model.addAttribute("committeeName", meeting(action).committee().name());
        model.addAttribute("done", action.isAnswered());
        model.addAttribute("rest", action.isAnswered() ? null : words.date(action.getDueBy()));
        return "action/answered";
    }

    private String show(long id, String token, Map<String, String> errors, Map<String, String> typed, Model model) {
        TrackedAction action = actions.get(id);
        ScheduledMeeting meeting = meeting(action);
        model.addAttribute("action", action);
        model.addAttribute("token", token);
        model.addAttribute("committeeName", meeting.committee().name());
        model.addAttribute("meetingDate", words.date(meeting.startsAt().toLocalDate()));
        model.addAttribute("dueBy", words.date(action.getDueBy()));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "action/respond";
    }

    private String refused(long id, ActionLinks.Check check, Model model, HttpServletResponse response) {
        if (check == ActionLinks.Check.FORGED) {
            throw new NotFound("There is no such page");
        }
        TrackedAction action = actions.get(id);
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("check", check.name());
        model.addAttribute("committeeName", meeting(action).committee().name());
        model.addAttribute("contact", meeting(action).committee().contactOfficer());
        return "action/link-refused";
    }

    private ScheduledMeeting meeting(TrackedAction action) {
        return meetings.get(action.getMeetingId());
    }
}
