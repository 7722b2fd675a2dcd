package org.scrutineer.notification;

import java.security.Principal;

import org.scrutineer.calendar.CalendarFeed;
import org.scrutineer.web.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member of staff's own calendar of task due dates: the page that makes (or resets) their link,
 * and {@code /feeds/tasks/{secret}.ics}, which the calendar fetches without signing in. A secret that
 * is no one's answers as a page that does not exist.
 */
@Controller
class TaskCalendarController {

    private final TaskCalendarFeeds feeds;

    TaskCalendarController(TaskCalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/staff/calendar")
    String page(Principal person, Model model) {
        model.addAttribute("madeAt", feeds.linkMadeAt(person.getName()).orElse(null));
        return "notification/calendar";
    }

    @PostMapping("/staff/calendar/link")
    String newLink(Principal person, RedirectAttributes redirect) {
        redirect.addFlashAttribute("link", feeds.newLink(person.getName()));
        return "redirect:/staff/calendar";
    }

    @GetMapping("/feeds/tasks/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token).map(body -> ResponseEntity.ok().contentType(MediaType.parseMediaType(CalendarFeed.MEDIA_TYPE))
                        .cacheControl(CacheControl.noStore()).body(body))
                .orElseThrow(() -> new NotFound("There is no calendar at this address"));
    }
}
