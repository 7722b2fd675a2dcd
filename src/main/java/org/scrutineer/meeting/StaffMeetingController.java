package org.scrutineer.meeting;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/staff/meetings")
class StaffMeetingController {

    private final MeetingService meetings;
    private final Committees committees;

    StaffMeetingController(MeetingService meetings, Committees committees) {
        this.meetings = meetings;
        this.committees = committees;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("meetings", meetings.all());
        return "meeting/staff-list";
    }

    @GetMapping("/new")
    String newMeeting(Model model) {
        MeetingForm form = new MeetingForm();
        form.setCommittee(committees.all().size() == 1 ? committees.all().get(0).id() : null);
        return showForm(model, form, Map.of(), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") MeetingForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = form.errors(committees);
        if (!errors.isEmpty()) {
            return showForm(model, form, errors, null);
        }
        ScheduledMeeting created = meetings.schedule(form.getCommittee(), form.startsAt(), form.getVenue());
        redirect.addFlashAttribute("success", "Meeting scheduled for " + created.startsAt().toLocalDate());
        return "redirect:/staff/meetings/" + created.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.get(id));
        return "meeting/staff-meeting";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ScheduledMeeting meeting = meetings.get(id);
        return showForm(model, MeetingForm.of(meeting), Map.of(), meeting);
    }

    @PostMapping("/{id}/edit")
    String reschedule(@PathVariable long id, @ModelAttribute("form") MeetingForm form, Model model,
                      RedirectAttributes redirect) {
        ScheduledMeeting meeting = meetings.get(id);
        form.setCommittee(meeting.committee().id());
        Map<String, String> errors = form.errors(committees);
        if (!errors.isEmpty()) {
            return showForm(model, form, errors, meeting);
        }
        meetings.reschedule(id, form.startsAt(), form.getVenue());
        redirect.addFlashAttribute("success", "Meeting moved. Its deadlines and the dates that depend on them have moved too.");
        return "redirect:/staff/meetings/" + id;
    }

    private String showForm(Model model, MeetingForm form, Map<String, String> errors, ScheduledMeeting existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("committees", committees.all());
        model.addAttribute("existing", existing);
        return "meeting/staff-form";
    }
}
