package org.scrutineer.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PublicMeetingController {

    private final MeetingService meetings;
    private final List<MeetingDocuments> documents;
    private final Clock clock;

    PublicMeetingController(MeetingService meetings, List<MeetingDocuments> documents, Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("meetings", meetings.upcoming());
        return "meeting/home";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        ScheduledMeeting meeting = meetings.get(id);
        LocalDateTime now = LocalDateTime.now(clock);
        model.addAttribute("meeting", meeting);
        model.addAttribute("questionsOpen", !meeting.meeting().isCancelled() && now.isBefore(meeting.deadlines().questionDeadline()));
        model.addAttribute("held", now.isAfter(meeting.startsAt()));
        model.addAttribute("documents", documents.stream().flatMap(d -> d.publishedFor(id).stream()).toList());
        return "meeting/meeting";
    }
}
