package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.identity.StaffDirectory;
import org.scrutineer.meeting.MeetingService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The staff page of one plan with its forms: what every form on it needs, and which form a refusal
 * opens again with what was typed, so that nothing typed is lost.
 */
@Component
class PlanPage {

    static final String VIEW = "improvement/plan";
    static final int TARGET_ROWS = 4;

    private final Plans plans;
    private final PlanAgendaReports agendaReports;
    private final MeetingService meetings;
    private final StaffDirectory directory;
    private final DateWords words;
    private final Clock clock;

    PlanPage(Plans plans, PlanAgendaReports agendaReports, MeetingService meetings, StaffDirectory directory, DateWords words, Clock clock) {
        this.plans = plans;
        this.agendaReports = agendaReports;
        this.meetings = meetings;
        this.directory = directory;
        this.words = words;
        this.clock = clock;
    }

    /** The page, with {@code form} (details, measure, recommendation or agenda) open again when a refusal names its fields. */
    String show(long id, Model model, String form, Map<String, String> errors, Map<String, String> typed) {
        PlanJson plan = plans.one(id);
        LocalDate today = LondonTime.today(clock);
        model.addAttribute("pageTitle", (errors.isEmpty() ? "" : "Error: ") + plan.title());
        model.addAttribute("plan", plan);
        model.addAttribute("brags", Brag.values());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("openForm", form);
        model.addAttribute("staffChoices", directory.choices());
        model.addAttribute("placed", agendaReports.of(id));
        model.addAttribute("meetingChoices", meetings.upcoming().stream().filter(m -> !m.meeting().isCancelled())
                .map(m -> Map.of("value", String.valueOf(m.id()), "text", m.committee().name() + ", " + words.dateAtTime(m.startsAt()))).toList());
        model.addAttribute("today", today);
        model.addAttribute("quarterChoices", quarterEnds(today).stream()
                .map(end -> Map.of("value", end.toString(), "text", words.date(end))).toList());
        model.addAttribute("targetRows", java.util.stream.IntStream.rangeClosed(1, TARGET_ROWS).boxed().toList());
        model.addAttribute("actionChoices", plan.themes().stream().flatMap(t -> t.actions().stream())
                .map(a -> Map.of("name", StaffPlanAdditionsController.RECOMMENDATION + "action-" + a.id(), "text", a.ref() + ": " + a.text(),
                        "checked", "true".equals(typed.get(StaffPlanAdditionsController.RECOMMENDATION + "action-" + a.id())))).toList());
        model.addAttribute("sources", RecommendationSource.values());
        model.addAttribute("statuses", RecommendationStatus.values());
        return VIEW;
    }

    /** The quarters a target may be set for: from a year back to three years ahead, as a plan's period runs. */
    static List<LocalDate> quarterEnds(LocalDate today) {
        List<LocalDate> ends = new ArrayList<>();
        LocalDate end = today.minusYears(1).withDayOfMonth(1);
        end = end.withMonth(((end.getMonthValue() - 1) / 3) * 3 + 3);
        end = end.withDayOfMonth(end.lengthOfMonth());
        while (!end.isAfter(today.plusYears(3))) {
            ends.add(end);
            LocalDate next = end.plusMonths(3).withDayOfMonth(1);
            end = next.withDayOfMonth(next.lengthOfMonth());
        }
        return ends;
    }
}
