package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.calendar.SupportedDates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dispute tracker and the weekly report page, for the IRO service and children's social care managers. */
@Controller
class StaffDisputeController {

    private final DisputeQueries queries;
    private final DisputeReport report;
    private final DisputeSettings settings;
    private final Clock clock;

    StaffDisputeController(DisputeQueries queries, DisputeReport report, DisputeSettings settings, Clock clock) {
        this.queries = queries;
        this.report = report;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/staff/disputes")
    String tracker(Model model) {
        List<DisputeJson> open = queries.all().stream().filter(d -> "open".equals(d.status())).toList();
        Map<String, List<DisputeJson>> byStage = new LinkedHashMap<>();
        for (DisputeStage stage : DisputeStage.values()) {
            byStage.put(stage.id(), open.stream().filter(d -> d.stage().equals(stage.id())).toList());
        }
        model.addAttribute("byStage", byStage);
        Map<String, String> labels = new LinkedHashMap<>();
        for (DisputeCategory category : DisputeCategory.values()) {
            labels.put(category.id(), category.label());
        }
        model.addAttribute("categoryLabels", labels);
        model.addAttribute("overdue", open.stream().filter(DisputeJson::overdue).count());
        model.addAttribute("meetingDay", settings.formalMeetingWorkingDays());
        model.addAttribute("resolutionDay", settings.formalResolutionWorkingDays());
        model.addAttribute("responseDay", settings.informalResponseWorkingDays());
        return "dispute/tracker";
    }

    @GetMapping("/staff/disputes/report")
    String report(@RequestParam(required = false) String weekEnding, Model model, HttpServletResponse response) {
        LocalDate week;
        try {
            week = weekEnding == null || weekEnding.isBlank()
                    ? SendWeeklyDisputeReport.lastSunday(LocalDate.now(clock)) : SupportedDates.parse(weekEnding);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of("weekEnding", e.getMessage()));
            model.addAttribute("weekEnding", weekEnding);
            return "dispute/report";
        }
        DisputeReportFigures figures = report.forWeekEnding(week);
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (DisputeCategory category : DisputeCategory.values()) {
            byCategory.put(category.label(), figures.openByCategory().get(category.id()));
        }
        Map<String, Integer> byStage = new LinkedHashMap<>();
        Map<String, String> stageNames = new LinkedHashMap<>();
        figures.openByStage().forEach((stage, count) -> {
            byStage.put(stageName(stage), count);
            stageNames.put(stage, stageName(stage));
        });
        model.addAttribute("errors", Map.of());
        model.addAttribute("weekEnding", week.toString());
        model.addAttribute("stageNames", stageNames);
        model.addAttribute("figures", figures);
        model.addAttribute("categories", DisputeCategory.values());
        model.addAttribute("charts", List.of(DisputeCharts.of("open-by-stage", "Open disputes by stage", byStage),
                DisputeCharts.of("open-by-category", "Open disputes by category", byCategory)));
        return "dispute/report";
    }

    static String stageName(String stage) {
        return switch (stage) {
            case "informal" -> "Informal";
            case "formal" -> "Formal";
            default -> "Referred to CAFCASS";
        };
    }
}
