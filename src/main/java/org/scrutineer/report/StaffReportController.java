package org.scrutineer.report;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.scrutineer.calendar.DateWords;

import org.scrutineer.meeting.MeetingService;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: authors register reports and upload versions; anyone signed in sees a report's sign-off record. */
@Controller
@RequestMapping("/staff/reports")
class StaffReportController {

    private final ReportRegistration registration;
    private final ReportDocuments documents;
    private final ReportQueries queries;
    private final ReportAgenda agenda;
    private final MeetingService meetings;
    private final DateWords words;
    private final Clock clock;

    StaffReportController(ReportRegistration registration, ReportDocuments documents, ReportQueries queries, ReportAgenda agenda,
                          MeetingService meetings, DateWords words, Clock clock) {
        this.words = words;
        this.registration = registration;
        this.documents = documents;
        this.queries = queries;
        this.agenda = agenda;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("reports", queries.all());
        Map<Long, String> titles = new HashMap<>();
        meetings.all().forEach(m -> titles.put(m.id(), m.committee().name() + ", " + words.date(m.startsAt().toLocalDate())));
        model.addAttribute("meetingTitles", titles);
        return "report/staff-list";
    }

    @GetMapping("/new")
    String newReport(Model model) {
        return form(new ReportForm(), Map.of(), model);
    }

    @PostMapping("/new")
    String register(@ModelAttribute("form") ReportForm form, Principal who, Model model, RedirectAttributes redirect) {
        try {
            Report report = registration.register(form.toRequest(), who.getName());
            redirect.addFlashAttribute("success", "Report registered. Upload its document so the reviewers can be approved.");
            return "redirect:/staff/reports/" + report.getId();
        } catch (Refusal refused) {
            return form(form, refused.errors(), model);
        }
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Model model) {
        return show(queries.get(id), Map.of(), model);
    }

    @PostMapping("/{id}/versions")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Principal who,
                  Model model, RedirectAttributes redirect) throws IOException {
        try {
            ReportVersion version = documents.upload(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), who.getName());
            redirect.addFlashAttribute("success", "Version " + version.getNumber() + " uploaded.");
            return "redirect:/staff/reports/" + id;
        } catch (Refusal refused) {
            return show(queries.get(id), refused.errors(), model);
        }
    }

    @PostMapping("/{id}/agenda-item")
    String placeOnAgenda(@PathVariable long id, @RequestParam(name = "agendaItem", required = false) String item,
                         Model model, RedirectAttributes redirect) {
        try {
            agenda.place(id, item == null || !item.strip().matches("\\d{1,3}") ? null : Integer.valueOf(item.strip()));
            redirect.addFlashAttribute("success", "Agenda item saved.");
            return "redirect:/staff/reports/" + id;
        } catch (Refusal refused) {
            return show(queries.get(id), refused.errors(), model);
        }
    }

    @GetMapping("/{id}/versions/{number}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable int number) {
        ReportVersion version = queries.get(id).getVersions().stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> NotFound.withId("report", id));
        return DocumentDownload.attachment(version, documents.content(version));
    }

    private String form(ReportForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meetings", meetings.upcoming());
        return "report/staff-form";
    }

    private String show(Report report, Map<String, String> errors, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("meeting", meetings.get(report.getMeetingId()));
        model.addAttribute("reviewers", ReviewersTable.of(report, clock.getZone()));
        model.addAttribute("errors", errors);
        return "report/staff-report";
    }
}
