package org.scrutineer.meeting;

import java.util.Map;

import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages of a committee's email alerts: the form that asks for them, the page the
 * confirmation link opens, and the page the unsubscribe link opens. A mail client may POST the
 * unsubscribe link itself, with one click and no session (RFC 8058).
 */
@Controller
class CommitteeAlertsController {

    private final CommitteeAlerts alerts;
    private final Committees committees;

    CommitteeAlertsController(CommitteeAlerts alerts, Committees committees) {
        this.alerts = alerts;
        this.committees = committees;
    }

    @GetMapping("/committees/{id}/alerts")
    String form(@PathVariable String id, Model model) {
        return form(committees.get(id), null, Map.of(), model);
    }

    @PostMapping("/committees/{id}/alerts")
    String ask(@PathVariable String id, @RequestParam(required = false) String email, Model model, RedirectAttributes redirect) {
        Committee committee = committees.get(id);
        try {
            alerts.ask(committee.id(), email);
        } catch (Refusal refused) {
            return form(committee, email, refused.errors(), model);
        }
        redirect.addFlashAttribute("email", email.strip());
        return "redirect:/committees/" + committee.id() + "/alerts/check-your-email";
    }

    @GetMapping("/committees/{id}/alerts/check-your-email")
    String checkYourEmail(@PathVariable String id, Model model) {
        model.addAttribute("committee", committees.get(id));
        return "meeting/alerts-sent";
    }

    @GetMapping("/alerts/{id}/confirm/{token}")
    String confirmPage(@PathVariable long id, @PathVariable String token, Model model) {
        alerts.confirmable(id, token);
        model.addAttribute("action", "/alerts/" + id + "/confirm/" + token);
        return "meeting/alerts-confirm";
    }

    @PostMapping("/alerts/{id}/confirm/{token}")
    String confirm(@PathVariable long id, @PathVariable String token, Model model) {
        model.addAttribute("committeeName", alerts.confirm(id, token));
        return "meeting/alerts-confirmed";
    }

    @GetMapping("/alerts/{id}/unsubscribe/{token}")
    String unsubscribePage(@PathVariable long id, @PathVariable String token, Model model) {
        if (!alerts.isUnsubscribeLink(id, token)) {
            throw new NotFound("This unsubscribe link is not valid. It may have been copied wrongly");
        }
        model.addAttribute("action", "/alerts/" + id + "/unsubscribe/" + token);
        return "meeting/alerts-unsubscribe";
    }

    @PostMapping("/alerts/{id}/unsubscribe/{token}")
    String unsubscribe(@PathVariable long id, @PathVariable String token, Model model) {
        model.addAttribute("committeeName", alerts.unsubscribe(id, token).orElse(null));
        return "meeting/alerts-unsubscribed";
    }

    private String form(Committee committee, String typed, Map<String, String> errors, Model model) {
        model.addAttribute("committee", committee);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("pageTitle", (errors.isEmpty() ? "" : "Error: ") + "Get emails about the " + committee.name());
        return "meeting/alerts-form";
    }
}
