package org.scrutineer.notification;

import java.util.List;

import org.scrutineer.identity.StaffGroups;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/staff/outbox")
class OutboxPageController {

    private final OutboxAdmin outbox;

    OutboxPageController(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(required = false) OutboxStatus status, @RequestParam(required = false) String to,
                Authentication viewer, Model model) {
        List<String> groups = StaffGroups.of(viewer);
        model.addAttribute("messages", outbox.newestFirst(groups, status, to));
        model.addAttribute("status", status);
        model.addAttribute("to", to);
        model.addAttribute("pending", outbox.count(groups, OutboxStatus.PENDING));
        model.addAttribute("sent", outbox.count(groups, OutboxStatus.SENT));
        model.addAttribute("failed", outbox.count(groups, OutboxStatus.FAILED));
        model.addAttribute("limit", OutboxAdmin.PAGE);
        return "notification/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, Authentication viewer, RedirectAttributes redirect) {
        if (outbox.retry(StaffGroups.of(viewer), id)) {
            redirect.addFlashAttribute("success", "Message " + id + " will be sent again in a few seconds.");
        } else {
            redirect.addFlashAttribute("problem", "Message " + id + " has not failed, so there is nothing to retry.");
        }
        return "redirect:/staff/outbox";
    }
}
