package org.scrutineer.workprogramme;

import static org.scrutineer.web.FormFields.lines;
import static org.scrutineer.web.FormFields.param;
import static org.scrutineer.web.FormFields.put;
import static org.scrutineer.web.FormFields.typed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.Committee;
import org.scrutineer.meeting.Committees;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.MunicipalYears;
import org.scrutineer.meeting.ScheduledMeeting;
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
 * Democratic services and the statutory scrutiny officer plan the work programme: the year's items
 * with a form to add one, and each item's own page to change it. A form refused comes back as typed,
 * with the reasons.
 */
@Controller
class StaffWorkProgrammeController {

    private final WorkProgramme programme;
    private final Committees committees;
    private final MeetingService meetings;
    private final MunicipalYears years;
    private final DateWords words;

    StaffWorkProgrammeController(WorkProgramme programme, Committees committees, MeetingService meetings, MunicipalYears years, DateWords words) {
        this.programme = programme;
        this.committees = committees;
        this.meetings = meetings;
        this.years = years;
        this.words = words;
    }

    @GetMapping("/staff/work-programme")
    String list(@RequestParam(required = false) String committee, @RequestParam(required = false) Integer year, Model model) {
        Committee chosen = committee == null ? committees.all().get(0) : committees.get(committee);
        if (year != null && (year < 2000 || year > 2200)) {
            throw new NotFound("There is no work programme for that year");
        }
        return show(chosen, programme.yearBeginning(year), null, Map.of(), Map.of(), model);
    }

    @PostMapping("/staff/work-programme")
    String add(@RequestParam String committee, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Committee chosen = committees.get(committee);
        try {
            WorkProgrammeItem item = programme.add(chosen.id(), change(request));
            redirect.addFlashAttribute("success", "\"" + item.getTopic() + "\" is added to the work programme");
            return "redirect:/staff/work-programme?committee=" + chosen.id() + "&year=" + item.getYearBegins().getYear();
        } catch (Refusal refusal) {
            return show(chosen, programme.yearBeginning(null), null, fields(refusal), typed(request), model);
        }
    }

    @GetMapping("/staff/work-programme/{itemId:\\d+}")
    String item(@PathVariable long itemId, Model model) {
        WorkProgrammeItem item = programme.get(itemId);
        return show(committees.get(item.getCommitteeId()), item.getYearBegins(), item, Map.of(), asTyped(item), model);
    }

    @PostMapping("/staff/work-programme/{itemId:\\d+}")
    String change(@PathVariable long itemId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        WorkProgrammeItem item = programme.get(itemId);
        try {
            programme.change(itemId, change(request));
            redirect.addFlashAttribute("success", "\"" + item.getTopic() + "\" is saved");
            return "redirect:/staff/work-programme?committee=" + item.getCommitteeId() + "&year=" + item.getYearBegins().getYear();
        } catch (Refusal refusal) {
            return show(committees.get(item.getCommitteeId()), item.getYearBegins(), item, fields(refusal), typed(request), model);
        }
    }

    private String show(Committee committee, LocalDate begins, WorkProgrammeItem item, Map<String, String> errors, Map<String, String> typed,
                        Model model) {
        List<ScheduledMeeting> ofTheYear = meetings.ofCommittee(committee.id(), begins, years.endOf(begins));
        model.addAttribute("pageTitle", (item == null ? "Work programme: " : "Work programme item: ") + committee.name());
        model.addAttribute("committee", committee);
        model.addAttribute("committees", committees.all());
        model.addAttribute("view", ProgrammeView.of(begins, programme.forYear(committee.id(), begins), meetings));
        model.addAttribute("item", item);
        List<Map<String, String>> choices = new ArrayList<>(List.of(Map.of("value", "reserve", "text", "Reserve")));
        ofTheYear.forEach(m -> choices.add(Map.of("value", String.valueOf(m.id()), "text", words.dateAtTime(m.startsAt()))));
        model.addAttribute("meetingChoices", choices);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return item == null ? "workprogramme/staff" : "workprogramme/staff-item";
    }

    /** The refusal's reasons by the form's own field ids. */
    private static Map<String, String> fields(Refusal refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.errors().forEach((key, reason) -> errors.put(switch (key) {
            case "taskAndFinishGroup.members" -> "groupMembers";
            case "taskAndFinishGroup.coOptees" -> "groupCoOptees";
            case "taskAndFinishGroup.scope" -> "groupScope";
            default -> key;
        }, reason));
        return errors;
    }

    private static WorkProgrammeChange change(HttpServletRequest request) {
        if (param(request, "groupReportsOn") != null && date(param(request, "groupReportsOn")) == null) {
            throw Refusal.invalid("groupReportsOn", "Enter the date the group reports by as a real date, like 2027-03-30");
        }
        String form = param(request, "form");
        WorkProgrammeChange.Group group = "task-and-finish-group".equals(form)
                ? new WorkProgrammeChange.Group(lines(param(request, "groupMembers")), lines(param(request, "groupCoOptees")),
                param(request, "groupScope"), date(param(request, "groupReportsOn"))) : null;
        String meeting = param(request, "meetingId");
        Long meetingId;
        try {
            meetingId = meeting == null || meeting.equals("reserve") ? null : Long.valueOf(meeting);
        } catch (NumberFormatException e) {
            meetingId = -1L;
        }
        return new WorkProgrammeChange(param(request, "topic"), param(request, "objectives"), param(request, "evidence"),
                param(request, "attendees"), form, meetingId, param(request, "source"), param(request, "status"), param(request, "droppedReason"), group);
    }

    private static Map<String, String> asTyped(WorkProgrammeItem item) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("topic", item.getTopic());
        put(typed, "objectives", item.getObjectives());
        put(typed, "evidence", item.getEvidence());
        put(typed, "attendees", item.getAttendees());
        typed.put("form", item.getForm().id());
        typed.put("meetingId", item.getMeetingId() == null ? "reserve" : String.valueOf(item.getMeetingId()));
        typed.put("source", item.getSource().id());
        typed.put("status", item.getStatus().id());
        put(typed, "droppedReason", item.getDroppedReason());
        typed.put("groupMembers", String.join("\n", item.getGroupMembers()));
        typed.put("groupCoOptees", String.join("\n", item.getGroupCoOptees()));
        put(typed, "groupScope", item.getGroupScope());
        put(typed, "groupReportsOn", item.getGroupReportsOn());
        return typed;
    }





    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
