package org.scrutineer.action;

import static org.scrutineer.web.FormFields.param;
import static org.scrutineer.web.FormFields.typed;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.Committee;
import org.scrutineer.meeting.Committees;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Democratic services keep the actions tracker: every action of a committee as of any day, filtered
 * by meeting and status and exported as CSV; a form to add an action or information request; and
 * each action's page, with its answers, to close it or send a partner a new link. A form refused
 * comes back as typed, with the reasons.
 */
@Controller
class StaffActionController {

    private final TrackedActions actions;
    private final ActionTracker tracker;
    private final ActionOwners owners;
    private final Committees committees;
    private final MeetingService meetings;
    private final DateWords words;

    StaffActionController(TrackedActions actions, ActionTracker tracker, ActionOwners owners, Committees committees,
                          MeetingService meetings, DateWords words) {
        this.actions = actions;
        this.tracker = tracker;
        this.owners = owners;
        this.committees = committees;
        this.meetings = meetings;
        this.words = words;
    }

    @GetMapping("/staff/actions")
    String list(@RequestParam(required = false) String committee, @RequestParam(required = false) String meetingId,
                @RequestParam(required = false) String status, @RequestParam(required = false) String asOf, Model model) {
        return show(committee, meetingId, status, asOf, Map.of(), Map.of(), model);
    }

    @GetMapping("/staff/actions/export.csv")
    ResponseEntity<String> export(@RequestParam(required = false) String committee, @RequestParam(required = false) String meetingId,
                                  @RequestParam(required = false) String status, @RequestParam(required = false) String asOf) {
        Committee chosen = chosen(committee);
        LocalDate day = day(asOf);
        List<ActionJson> rows = tracker.find(tracker.filter(chosen.id(), meeting(meetingId), day, blankToNull(status)));
        return ResponseEntity.ok().contentType(ActionApiController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"actions-" + chosen.id() + "-" + (day == null ? tracker.today() : day) + ".csv\"")
                .body(ActionTracker.csv(rows));
    }

    @PostMapping("/staff/actions")
    String add(HttpServletRequest request, Principal person, Model model, RedirectAttributes redirect) {
        boolean partner = "partner".equals(param(request, "ownerType"));
        Long meetingId;
        try {
            meetingId = param(request, "meetingId") == null ? null : Long.valueOf(param(request, "meetingId"));
        } catch (NumberFormatException e) {
            meetingId = -1L;
        }
        Integer minute;
        try {
            minute = param(request, "minute") == null ? null : Integer.valueOf(param(request, "minute"));
        } catch (NumberFormatException e) {
            minute = -1;
        }
        ActionRequest body = new ActionRequest(param(request, "committee"), meetingId, minute, param(request, "text"), param(request, "kind"),
                partner ? null : param(request, "owner"), partner ? param(request, "ownerName") : null, partner ? param(request, "ownerEmail") : null,
                param(request, "dueBy"));
        try {
            TrackedAction action = actions.add(body, person.getName());
            redirect.addFlashAttribute("success", action.getKind().words() + " added. It is due by " + words.date(action.getDueBy())
                    + (action.isExternal() ? ", and " + action.owner().name() + " has been emailed a link to answer it." : "."));
            return "redirect:/staff/actions/" + action.getId();
        } catch (Refusal refusal) {
            Map<String, String> errors = new LinkedHashMap<>(refusal.errors());
            if (errors.containsKey("owner") && partner) {
                errors.put("ownerName", errors.remove("owner"));
            }
            return show(param(request, "committee"), null, null, null, errors, typed(request), model);
        }
    }

    @GetMapping("/staff/actions/{id:\\d+}")
    String one(@PathVariable long id, Model model) {
        return showOne(id, Map.of(), Map.of(), model);
    }

    @PostMapping("/staff/actions/{id:\\d+}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String note, HttpServletRequest request, Model model,
                 RedirectAttributes redirect) {
        try {
            actions.close(id, note);
            redirect.addFlashAttribute("success", "The action is closed");
            return "redirect:/staff/actions/" + id;
        } catch (Refusal refusal) {
            return showOne(id, refusal.errors().isEmpty() ? Map.of("note", refusal.reason()) : refusal.errors(), typed(request), model);
        }
    }

    @PostMapping("/staff/actions/{id:\\d+}/new-link")
    String newLink(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            TrackedAction action = actions.sendNewLink(id);
            redirect.addFlashAttribute("success", action.owner().name() + " has been emailed a new link. The one before it no longer works.");
            return "redirect:/staff/actions/" + id;
        } catch (Refusal refusal) {
            return showOne(id, Map.of("newLink", refusal.reason()), Map.of(), model);
        }
    }

    private String showOne(long id, Map<String, String> errors, Map<String, String> typed, Model model) {
        TrackedAction action = actions.get(id);
        ScheduledMeeting meeting = meetings.get(action.getMeetingId());
        model.addAttribute("action", action);
        model.addAttribute("json", tracker.one(id, null));
        model.addAttribute("committee", meeting.committee());
        model.addAttribute("meetingWords", words.dateAtTime(meeting.startsAt()));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "action/staff-action";
    }

    private String show(String committee, String meetingId, String status, String asOf, Map<String, String> errors, Map<String, String> typed,
                        Model model) {
        Committee chosen = chosen(committee);
        Map<String, String> filterErrors = new LinkedHashMap<>();
        LocalDate day = null;
        try {
            day = day(asOf);
        } catch (Refusal refusal) {
            filterErrors.put("asOf", refusal.reason());
        }
        List<ActionJson> rows = List.of();
        try {
            rows = tracker.find(tracker.filter(chosen.id(), meeting(meetingId), day, blankToNull(status)));
        } catch (Refusal refusal) {
            filterErrors.put("status", "Choose a status from the list");
        }
        List<ScheduledMeeting> ofCommittee = new ArrayList<>(meetings.ofCommittee(chosen.id(), tracker.today().minusYears(2), tracker.today()));
        ofCommittee.sort(Comparator.comparing(ScheduledMeeting::startsAt).reversed());
        List<Map<String, String>> meetingChoices = ofCommittee.stream()
                .map(m -> Map.of("value", String.valueOf(m.id()), "text", words.dateAtTime(m.startsAt()))).toList();
        model.addAttribute("committee", chosen);
        model.addAttribute("committees", committees.all().stream().map(c -> Map.of("value", c.id(), "text", c.name())).toList());
        model.addAttribute("meetingChoices", meetingChoices);
        model.addAttribute("ownerChoices", owners.choices());
        model.addAttribute("statusChoices", Arrays.stream(ActionStatus.values()).map(s -> Map.of("value", s.name(), "text", s.words())).toList());
        model.addAttribute("filter", Map.of("meetingId", meetingId == null ? "" : meetingId, "status", status == null ? "" : status,
                "asOf", asOf == null ? "" : asOf));
        model.addAttribute("asOfWords", words.date(day == null ? tracker.today() : day));
        model.addAttribute("rows", rows);
        model.addAttribute("filterErrors", filterErrors);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "action/staff";
    }

    private Committee chosen(String committee) {
        return committee == null || committee.isBlank() ? committees.all().get(0) : committees.get(committee.strip());
    }

    private static Long meeting(String meetingId) {
        try {
            return meetingId == null || meetingId.isBlank() ? null : Long.valueOf(meetingId.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static LocalDate day(String asOf) {
        try {
            return asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("asOf", "Give the date as YYYY-MM-DD, for example 2026-03-23");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
