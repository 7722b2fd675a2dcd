package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.meeting.MeetingService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff tracker (by meeting and topic, filtered by status, exported as CSV) and the form that records a meeting's recommendations. */
@Controller
@RequestMapping("/staff/recommendations")
class StaffRecommendationController {

    private final RecommendationTracker tracker;
    private final RecommendationIntake intake;
    private final MeetingService meetings;

    StaffRecommendationController(RecommendationTracker tracker, RecommendationIntake intake, MeetingService meetings) {
        this.tracker = tracker;
        this.intake = intake;
        this.meetings = meetings;
    }

    @GetMapping
    String tracker(@RequestParam(required = false) ResponseStatus status,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? tracker.today() : asOf;
        List<RecommendationJson> all = tracker.all(day);
        Map<ResponseStatus, Long> counts = new LinkedHashMap<>();
        Arrays.stream(ResponseStatus.values()).forEach(s -> counts.put(s, all.stream().filter(r -> r.responseStatus() == s).count()));
        model.addAttribute("groups", TrackerGroups.of(filter(all, status)));
        model.addAttribute("counts", counts);
        model.addAttribute("status", status);
        model.addAttribute("asOf", day);
        model.addAttribute("total", all.size());
        return "recommendation/staff-tracker";
    }

    @GetMapping(path = "/export.csv")
    ResponseEntity<String> export(@RequestParam(required = false) ResponseStatus status,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? tracker.today() : asOf;
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"recommendations-" + day + ".csv\"")
                .body(CsvRows.write(filter(tracker.all(day), status)));
    }

    @GetMapping("/new")
    String newBatch(@RequestParam(required = false) Long meetingId, Model model) {
        return showForm(model, RecommendationBatchForm.blank(meetingId), Map.of());
    }

    @PostMapping("/new")
    String record(@ModelAttribute("form") RecommendationBatchForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = errors(form);
        if (!errors.isEmpty()) {
            form.fill();
            return showForm(model, form, errors);
        }
        int recorded = intake.recordAll(form.submissions()).size();
        redirect.addFlashAttribute("success", recorded == 1 ? "1 recommendation recorded." : recorded + " recommendations recorded.");
        return "redirect:/staff/recommendations";
    }

    private Map<String, String> errors(RecommendationBatchForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.getMeetingId() == null) {
            errors.put("meetingId", "Choose the meeting that made the recommendations");
        }
        boolean any = false;
        for (int i = 0; i < form.getRows().size(); i++) {
            RecommendationBatchForm.Row row = form.getRows().get(i);
            if (row.isBlank()) {
                continue;
            }
            any = true;
            RecommendationSubmission s = new RecommendationSubmission(form.getMeetingId(), row.getTopic(), row.getNumber(), row.getText(),
                    row.getAddressee(), row.getScrutinyType(), row.getPortfolioHolder());
            int number = i + 1;
            int index = i;
            intake.check(s).forEach((field, message) -> {
                if (!field.equals("meetingId")) {
                    errors.put("rows-" + index + "-" + field, "Row " + number + ": " + message);
                } else if (form.getMeetingId() != null) {
                    errors.put("meetingId", message);
                }
            });
        }
        if (!any) {
            errors.put("rows-0-text", "Enter at least one recommendation");
        }
        return errors;
    }

    private String showForm(Model model, RecommendationBatchForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meetings", meetings.all());
        model.addAttribute("addressees", Addressee.values());
        model.addAttribute("scrutinyTypes", ScrutinyType.values());
        return "recommendation/staff-new";
    }

    private static List<RecommendationJson> filter(List<RecommendationJson> all, ResponseStatus status) {
        return status == null ? all : all.stream().filter(r -> r.responseStatus() == status).toList();
    }
}
