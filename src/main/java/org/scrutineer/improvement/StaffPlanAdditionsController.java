package org.scrutineer.improvement;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.calendar.TypedDate;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on a plan's staff page that add to it: a measure that matters with its quarterly targets,
 * a recommendation with the actions that answer it, and the plan's report placed on a meeting's
 * agenda. Each form's fields are named after it, so that a refusal marks only that form's fields and
 * opens it again with what was typed.
 */
@Controller
@RequestMapping("/staff/plans/{id:\\d+}")
class StaffPlanAdditionsController {

    static final String MEASURE = "measure-";
    static final String RECOMMENDATION = "recommendation-";
    static final String AGENDA = "agenda-";

    private final Measures measures;
    private final Recommendations recommendations;
    private final PlanAgendaReports agendaReports;
    private final Plans plans;
    private final PlanPage page;

    StaffPlanAdditionsController(Measures measures, Recommendations recommendations, PlanAgendaReports agendaReports, Plans plans, PlanPage page) {
        this.measures = measures;
        this.recommendations = recommendations;
        this.agendaReports = agendaReports;
        this.plans = plans;
        this.page = page;
    }

    @PostMapping("/measures")
    String addMeasure(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<MeasureRequest.Target> targets = new ArrayList<>();
        for (int row = 1; row <= PlanPage.TARGET_ROWS; row++) {
            String quarter = blankToNull(form.get(MEASURE + "quarter-" + row));
            String target = blankToNull(form.get(MEASURE + "target-" + row));
            if (quarter == null && target != null) {
                return page.show(id, model, "measure", Map.of(MEASURE + "targets", "Choose the quarter of each target you give"), form);
            }
            if (quarter != null && target == null) {
                return page.show(id, model, "measure", Map.of(MEASURE + "targets",
                        "Give the target for each quarter you choose, or leave its quarter as it was"), form);
            }
            if (quarter != null) {
                targets.add(new MeasureRequest.Target(quarter, target));
            }
        }
        try {
            Measure added = measures.add(id, new MeasureRequest(form.get(MEASURE + "name"), form.get(MEASURE + "unit"), form.get(MEASURE + "direction"),
                    form.get(MEASURE + "baseline"), form.get(MEASURE + "owner"), form.get(MEASURE + "source"), targets));
            redirect.addFlashAttribute("success", "The measure \u201c" + added.getName() + "\u201d is added. Its owner is asked for each quarter's figure when the quarter ends.");
            return "redirect:/staff/plans/" + id + "#measures";
        } catch (Refusal refused) {
            return page.show(id, model, "measure", prefixed(MEASURE, "name", refused), form);
        }
    }

    @PostMapping("/recommendations")
    String addRecommendation(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String madeOn = typedDay(form, RECOMMENDATION + "madeOn", errors);
        String reviewOn = typedDay(form, RECOMMENDATION + "reviewOn", errors);
        if (!errors.isEmpty()) {
            return page.show(id, model, "recommendation", errors, form);
        }
        List<String> answering = plans.one(id).themes().stream().flatMap(t -> t.actions().stream())
                .filter(a -> "true".equals(form.get(RECOMMENDATION + "action-" + a.id()))).map(PlanJson.Action::ref).toList();
        try {
            recommendations.add(id, new RecommendationRequest(form.get(RECOMMENDATION + "source"), madeOn, form.get(RECOMMENDATION + "text"),
                    form.get(RECOMMENDATION + "status"), reviewOn, answering));
            redirect.addFlashAttribute("success", "The recommendation is added."
                    + (reviewOn == null ? "" : " Its review is asked for on the review date."));
            return "redirect:/staff/plans/" + id + "#recommendations";
        } catch (Refusal refused) {
            return page.show(id, model, "recommendation", prefixed(RECOMMENDATION, "source", refused), form);
        }
    }

    @PostMapping("/agenda-reports")
    String placeOnAgenda(@PathVariable long id, @RequestParam Map<String, String> form, Principal person, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String asOf = typedDay(form, AGENDA + "asOf", errors);
        String meeting = blankToNull(form.get(AGENDA + "meetingId"));
        if (meeting != null && !meeting.matches("\\d{1,18}")) {
            errors.put(AGENDA + "meetingId", "Choose the meeting whose agenda the report goes on");
        }
        if (!errors.isEmpty()) {
            return page.show(id, model, "agenda", errors, form);
        }
        try {
            PlanAgendaReports.Placed placed = agendaReports.place(id, meeting == null ? null : Long.valueOf(meeting),
                    asOf == null ? null : LocalDate.parse(asOf), person.getName());
            redirect.addFlashAttribute("success", "The report as of " + placed.asOf() + " is on its way to the agenda of " + placed.meeting()
                    + " as report " + placed.reportId() + ". It goes through report sign-off first: the reviewers, then a director."
                    + (placed.lateBy() == null ? "" : " The meeting's deadline for reports was " + placed.lateBy()
                    + ", so its sign-off is late from the start: tell the governance officer and the director."));
            return "redirect:/staff/plans/" + id + "#agenda-reports";
        } catch (Refusal refused) {
            return page.show(id, model, "agenda", prefixed(AGENDA, "meetingId", refused), form);
        }
    }

    /** The day typed in the field's three boxes as {@code YYYY-MM-DD}, null when they are empty; a wrong day is an error of the field. */
    private static String typedDay(Map<String, String> form, String field, Map<String, String> errors) {
        String day = form.get(field + "Day");
        String month = form.get(field + "Month");
        String year = form.get(field + "Year");
        if (TypedDate.empty(day, month, year)) {
            return null;
        }
        LocalDate date = TypedDate.of(day, month, year);
        if (date == null) {
            errors.put(field, "Enter a real date as day, month and year, for example 30 6 2026");
            return null;
        }
        return date.toString();
    }

    /** The refusal's reasons against the form's fields; a reason for no field is put against {@code first}, the form's first field. */
    private static Map<String, String> prefixed(String prefix, String first, Refusal refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused.errors().isEmpty()) {
            errors.put(prefix + first, refused.getMessage());
        }
        refused.errors().forEach((field, reason) -> errors.put(prefix + field, reason));
        return errors;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
