package org.scrutineer.notification;

import java.util.List;

import org.scrutineer.identity.Roles;
import org.scrutineer.identity.StaffGroups;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
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
    private final ReminderSweep sweep;

    OutboxPageController(OutboxAdmin outbox, ReminderSweep sweep) {
        this.outbox = outbox;
        this.sweep = sweep;
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
        model.addAttribute("maySweep", groups.contains(Roles.ADMIN));
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

    /** Administrators only: the sweep mails every person with overdue work, whoever's outbox this is. */
    @PostMapping("/reminder-sweep")
    String sweep(Authentication viewer, RedirectAttributes redirect) {
        if (!StaffGroups.of(viewer).contains(Roles.ADMIN)) {
            throw new NotFound("There is no such page");
        }
        try {
            redirect.addFlashAttribute("success", sweep.runNow().inWords());
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.reason());
        }
        return "redirect:/staff/outbox";
    }
}
