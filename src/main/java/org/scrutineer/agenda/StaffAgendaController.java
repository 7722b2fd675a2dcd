package org.scrutineer.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Democratic services' page for a meeting's agenda: its items in order, to reorder and add to, and what has been published. */
@Controller
@RequestMapping("/staff/meetings/{id}/agenda")
class StaffAgendaController {

    private final AgendaService agendas;
    private final AgendaPublication publication;
    private final AgendaDocuments documents;
    private final AgendaReports reports;
    private final MeetingService meetings;
    private final DateWords words;
    private final MeetingLifecycle lifecycle;

    StaffAgendaController(AgendaService agendas, AgendaPublication publication, AgendaDocuments documents, AgendaReports reports,
                          MeetingService meetings, DateWords words, MeetingLifecycle lifecycle) {
        this.words = words;
        this.lifecycle = lifecycle;
        this.agendas = agendas;
        this.publication = publication;
        this.documents = documents;
        this.reports = reports;
        this.meetings = meetings;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page(model, meetings.get(id), new AgendaItemForm(), Map.of(), Map.of());
    }

    /** The order given by each item's number; items ticked to remove leave the draft. */
    @PostMapping("/order")
    String reorder(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
        ScheduledMeeting meeting = meetings.get(id);
        List<AgendaItem> items = agendas.items(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Long, String> typed = new LinkedHashMap<>();
        Map<Long, Integer> places = new LinkedHashMap<>();
        Set<Long> removed = items.stream().map(AgendaItem::getId).filter(itemId -> fields.containsKey("remove-" + itemId)).collect(Collectors.toSet());
        for (AgendaItem item : items) {
            String value = fields.getFirst("position-" + item.getId());
            typed.put(item.getId(), value);
            if (removed.contains(item.getId())) {
                continue;
            }
            if (value == null || !value.strip().matches("\\d{1,3}")) {
                errors.put("position-" + item.getId(), "Give item " + item.getPosition() + ", " + item.getTitle() + ", a number from 1 to 999");
            } else {
                places.put(item.getId(), Integer.parseInt(value.strip()));
            }
        }
        if (errors.isEmpty()) {
            List<AgendaItem> kept = new ArrayList<>(items.stream().filter(i -> places.containsKey(i.getId())).toList());
            kept.sort(Comparator.comparing((AgendaItem i) -> places.get(i.getId())).thenComparing(AgendaItem::getPosition));
            try {
                agendas.replace(id, kept.stream().map(i -> new AgendaItemRequest(i.getId(), null, null, null, null, null, null, null)).toList());
                redirect.addFlashAttribute("success", "The agenda's order is saved");
                return "redirect:/staff/meetings/" + id + "/agenda";
            } catch (Refusal refused) {
                errors.putAll(refused.errors().isEmpty() ? Map.of("agenda", refused.getMessage()) : refused.errors());
            }
        }
        return page(model, meeting, new AgendaItemForm(), errors, typed);
    }

    @PostMapping("/items")
    String add(@PathVariable long id, @ModelAttribute("form") AgendaItemForm form, Model model, RedirectAttributes redirect) {
        ScheduledMeeting meeting = meetings.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!form.reportIdReadable()) {
            errors.put("reportId", "Choose a report from the list, or none");
        } else {
            try {
                AgendaItem added = agendas.add(id, form.request());
                if (agendas.find(id).map(Agenda::isPublished).orElse(false)) {
                    publication.lateItem(id, added.getId());
                }
                redirect.addFlashAttribute("success", "Item " + added.getPosition() + ", " + added.getTitle() + ", is added");
                return "redirect:/staff/meetings/" + id + "/agenda";
            } catch (Refusal refused) {
                refused.errors().forEach((field, reason) -> errors.put(field.replaceFirst("^item\\.", ""), reason));
                if (refused.errors().isEmpty()) {
                    errors.put("title", refused.getMessage());
                }
            }
        }
        return page(model, meeting, form, errors, Map.of());
    }

    private String page(Model model, ScheduledMeeting meeting, AgendaItemForm form, Map<String, String> errors, Map<Long, String> typed) {
        List<AgendaItem> items = agendas.items(meeting.id());
        Set<Long> onAgenda = items.stream().map(AgendaItem::getReportId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        model.addAttribute("meeting", meeting);
        model.addAttribute("pageTitle", "Agenda for " + meeting.committee().name() + ", " + words.date(meeting.startsAt().toLocalDate()));
        model.addAttribute("agenda", agendas.find(meeting.id()).orElse(null));
        model.addAttribute("items", items);
        model.addAttribute("typed", typed);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        List<AgendaReport> registered = reports.forMeeting(meeting.id());
        model.addAttribute("approvedReports", registered.stream().filter(AgendaReport::approved).map(AgendaReport::id).collect(Collectors.toSet()));
        model.addAttribute("reportChoices", registered.stream().filter(r -> !onAgenda.contains(r.id()))
                .map(r -> Map.of("value", String.valueOf(r.id()), "text", r.title() + (r.approved() ? "" : " (not approved yet)"))).toList());
        model.addAttribute("documents", documents.documents(meeting.id()));
        model.addAttribute("questionsSupplementDue", lifecycle.questionsSupplementDue(meeting.id()).map(words::dateAtTime).orElse(null));
        return "agenda/staff";
    }
}
