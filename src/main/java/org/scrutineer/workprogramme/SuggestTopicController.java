package org.scrutineer.workprogramme;

import java.util.Map;

import org.scrutineer.meeting.Committee;
import org.scrutineer.meeting.Committees;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public "Suggest a topic" form of a committee: refused, it comes back as typed with the reasons. */
@Controller
class SuggestTopicController {

    private final TopicSuggestions suggestions;
    private final Committees committees;

    SuggestTopicController(TopicSuggestions suggestions, Committees committees) {
        this.suggestions = suggestions;
        this.committees = committees;
    }

    @GetMapping("/committees/{id}/suggest-a-topic")
    String form(@PathVariable String id, Model model) {
        return show(model, committees.get(id), new TopicSuggestionSubmission(id, null, null, null, null, null, null), Map.of());
    }

    @PostMapping("/committees/{id}/suggest-a-topic")
    String submit(@PathVariable String id, @ModelAttribute TopicSuggestionSubmission form, Model model, RedirectAttributes redirect) {
        Committee committee = committees.get(id);
        try {
            suggestions.submit(committee.id(), form);
            redirect.addFlashAttribute("suggested", true);
            return "redirect:/committees/" + committee.id() + "/suggest-a-topic/confirmation";
        } catch (Refusal refused) {
            return show(model, committee, form, refused.errors());
        }
    }

    @GetMapping("/committees/{id}/suggest-a-topic/confirmation")
    String confirmation(@PathVariable String id, Model model) {
        Committee committee = committees.get(id);
        if (!model.containsAttribute("suggested")) {
            return "redirect:/committees/" + committee.id() + "/suggest-a-topic";
        }
        model.addAttribute("committee", committee);
        return "workprogramme/suggested";
    }

    private static String show(Model model, Committee committee, TopicSuggestionSubmission form, Map<String, String> errors) {
        model.addAttribute("committee", committee);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "workprogramme/suggest";
    }
}
