package org.scrutineer.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.calendar.CalendarCoverage;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/staff/meetings")
class StaffMeetingController {

    private final MeetingService meetings;
    private final Committees committees;
    private final CalendarCoverage coverage;
    private final EnteredDates enteredDates;

    StaffMeetingController(MeetingService meetings, Committees committees, CalendarCoverage coverage, EnteredDates enteredDates) {
        this.meetings = meetings;
        this.committees = committees;
        this.coverage = coverage;
        this.enteredDates = enteredDates;
    }

    @GetMapping
    String list(Model model) {
        List<ScheduledMeeting> all = meetings.all();
        Map<Long, String> warnings = new LinkedHashMap<>();
        all.forEach(m -> {
            String warning = coverage.warningFor(m.calendarDates());
            if (warning != null) {
                warnings.put(m.id(), warning);
            }
        });
        model.addAttribute("meetings", all);
        model.addAttribute("calendarWarnings", warnings);
        model.addAttribute("calendarWarning", coverage.warningFor(all.stream().flatMap(m -> m.calendarDates().stream()).toList()));
        model.addAttribute("committees", committees.all());
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
        Map<String, String> errors = form.errors(committees, enteredDates);
        if (!errors.isEmpty()) {
            return showForm(model, form, errors, null);
        }
        ScheduledMeeting created = meetings.schedule(form.getCommittee(), form.startsAt(), form.getVenue());
        redirect.addFlashAttribute("success", "Meeting scheduled for " + created.startsAt().toLocalDate());
        return "redirect:/staff/meetings/" + created.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ScheduledMeeting meeting = meetings.get(id);
        MeetingDeadlines fromRules = meetings.deadlinesFromRules(meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("fromRules", fromRules.equals(meeting.deadlines()) ? null : fromRules);
        model.addAttribute("calendarWarning", coverage.warningFor(meeting.calendarDates()));
        if (!model.containsAttribute("cancelErrors")) {
            model.addAttribute("cancelErrors", Map.of());
        }
        return "meeting/staff-meeting";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            meetings.cancel(id, reason);
        } catch (Refusal refused) {
            model.addAttribute("cancelReason", reason);
            model.addAttribute("cancelErrors", refused.errors().isEmpty() ? Map.of("reason", refused.getMessage())
                    : Map.of("reason", refused.errors().values().iterator().next()));
            return show(id, model);
        }
        redirect.addFlashAttribute("success", "The meeting is cancelled. Its published documents now say so.");
        return "redirect:/staff/meetings/" + id;
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
        Map<String, String> errors = form.errors(committees, enteredDates);
        if (!errors.isEmpty()) {
            return showForm(model, form, errors, meeting);
        }
        try {
            meetings.reschedule(id, form.startsAt(), form.getVenue());
        } catch (Refusal refused) {
            return showForm(model, form, Map.of("date", refused.reason()
                    + " Change that deadline first, or re-apply the committee's rules to the meeting"), meeting);
        }
        redirect.addFlashAttribute("success", "Meeting moved. Its deadlines and the dates that depend on them have moved too.");
        return "redirect:/staff/meetings/" + id;
    }

    @GetMapping("/{id}/deadlines")
    String editDeadlines(@PathVariable long id, Model model) {
        ScheduledMeeting meeting = meetings.get(id);
        return showDeadlines(model, DeadlinesForm.of(meeting), Map.of(), meeting);
    }

    @PostMapping("/{id}/deadlines")
    String changeDeadlines(@PathVariable long id, @ModelAttribute("form") DeadlinesForm form, Model model,
                           RedirectAttributes redirect) {
        ScheduledMeeting meeting = meetings.get(id);
        Map<String, String> errors = form.errors(meeting);
        if (!errors.isEmpty()) {
            return showDeadlines(model, form, errors, meeting);
        }
        try {
            meetings.overrideDeadlines(id, form.override(meeting));
        } catch (Refusal refused) {
            return showDeadlines(model, form, refused.errors(), meeting);
        }
        redirect.addFlashAttribute("success", "Deadlines changed. The due dates of work for the meeting follow them.");
        return "redirect:/staff/meetings/" + id;
    }

    @PostMapping("/{id}/reapply-rules")
    String reapplyRules(@PathVariable long id, @RequestParam(defaultValue = "false") boolean clearOverrides,
                        RedirectAttributes redirect) {
        meetings.reapplyRules(id, clearOverrides);
        redirect.addFlashAttribute("success", clearOverrides
                ? "The committee's rules now set every deadline of this meeting."
                : "The committee's rules now set every deadline of this meeting that was not set by hand.");
        return "redirect:/staff/meetings/" + id;
    }

    @PostMapping("/reapply-rules")
    String reapplyRulesToFutureMeetings(@RequestParam String committee,
                                        @RequestParam(defaultValue = "false") boolean clearOverrides,
                                        RedirectAttributes redirect) {
        int count = meetings.reapplyRulesToFutureMeetings(committees.named(committee).id(), clearOverrides).size();
        redirect.addFlashAttribute("success", "The committee's rules were applied to " + count
                + (count == 1 ? " future meeting." : " future meetings."));
        return "redirect:/staff/meetings";
    }

    private String showForm(Model model, MeetingForm form, Map<String, String> errors, ScheduledMeeting existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("committees", committees.all());
        model.addAttribute("existing", existing);
        return "meeting/staff-form";
    }

    private String showDeadlines(Model model, DeadlinesForm form, Map<String, String> errors, ScheduledMeeting meeting) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meeting", meeting);
        model.addAttribute("calendarWarning", coverage.warningFor(meeting.calendarDates()));
        return "meeting/staff-deadlines";
    }
}
