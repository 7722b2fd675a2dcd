package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.publishing.DocumentViews;
import org.scrutineer.publishing.PdfRenderer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan's report for the meeting as of a day ({@code ?asOf=YYYY-MM-DD}, today when not given): an
 * accessible page with its charts, and the same as a tagged PDF, built the way the agenda pack is.
 */
@Controller
@RequestMapping("/plans/{id:\\d+}")
class PlanReportController {

    private final PlanReport report;
    private final DocumentViews views;
    private final PdfRenderer renderer;
    private final Clock clock;

    PlanReportController(PlanReport report, DocumentViews views, PdfRenderer renderer, Clock clock) {
        this.report = report;
        this.views = views;
        this.renderer = renderer;
        this.clock = clock;
    }

    @GetMapping("/report")
    String page(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        model.addAttribute("view", report.asOf(id, day(asOf)));
        model.addAttribute("planId", id);
        model.addAttribute("asOf", day(asOf).toString());
        return "improvement/report-page";
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PlanReport.View view = report.asOf(id, day(asOf));
        byte[] pdf = renderer.render(views.render("improvement/report", Map.of("view", view, "forPdf", true)), view.title());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"improvement-plan-" + id + "-report-" + day(asOf) + ".pdf\"").body(pdf);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? LondonTime.today(clock) : asOf;
    }
}
