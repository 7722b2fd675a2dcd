package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;

import org.scrutineer.calendar.LondonTime;
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
    private final PlanReportPdf pdf;
    private final Clock clock;

    PlanReportController(PlanReport report, PlanReportPdf pdf, Clock clock) {
        this.report = report;
        this.pdf = pdf;
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
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + PlanReportPdf.fileName(id, day(asOf)) + "\"")
                .body(pdf.render(report.asOf(id, day(asOf))));
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? LondonTime.today(clock) : asOf;
    }
}
