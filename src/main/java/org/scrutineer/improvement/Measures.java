package org.scrutineer.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.scrutineer.identity.StaffDirectory;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures that matter of a plan: added with their quarterly targets, each quarter's actual
 * recorded by the owner through the {@code improvement-measure} process, and rated against target.
 */
@Service
public class Measures {

    static final String PROCESS = "improvement-measure";
    static final Set<MonthDay> QUARTER_ENDS = Set.of(MonthDay.of(3, 31), MonthDay.of(6, 30), MonthDay.of(9, 30), MonthDay.of(12, 31));

    private final MeasureRepository measures;
    private final ImprovementPlanRepository plans;
    private final StaffDirectory directory;
    private final EnteredDates enteredDates;
    private final WorkingDayCalendar calendar;
    private final ProgressSettings settings;
    private final RuntimeService runtimeService;
    private final Clock clock;

    Measures(MeasureRepository measures, ImprovementPlanRepository plans, StaffDirectory directory, EnteredDates enteredDates, WorkingDayCalendar calendar,
             ProgressSettings settings, RuntimeService runtimeService, Clock clock) {
        this.measures = measures;
        this.plans = plans;
        this.directory = directory;
        this.enteredDates = enteredDates;
        this.calendar = calendar;
        this.settings = settings;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    static String businessKey(long measureId) {
        return "measure-" + measureId;
    }

    /** A new measure of the plan; its owner is asked for each quarter's actual when the quarter ends. */
    @Transactional
    public Measure add(long planId, MeasureRequest request) {
        ImprovementPlan plan = plans.findById(planId).orElseThrow(() -> NotFound.withId("improvement plan", planId));
        if (request == null) {
            throw Refusal.invalid("name", "Give the measure's name");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<Measure> held = measures.findByPlanIdOrderByPositionAsc(planId);
        String name = text(errors, "name", request.name(), 300, true);
        if (name != null && held.stream().anyMatch(m -> PlanText.same(m.getName(), name))) {
            errors.put("name", "The plan has a measure of that name already");
        }
        String unit = text(errors, "unit", request.unit(), 50, false);
        String source = text(errors, "source", request.source(), 300, false);
        Boolean higher = "higher".equals(request.direction()) ? Boolean.TRUE : "lower".equals(request.direction()) ? Boolean.FALSE : null;
        if (higher == null) {
            errors.put("direction", "Say whether higher or lower is better: higher or lower");
        }
        BigDecimal baseline = request.baseline() == null || request.baseline().isBlank() ? null : number(errors, "baseline", request.baseline());
        String owner = PlanText.orNull(request.owner());
        if (owner != null && directory.find(owner).isEmpty()) {
            errors.put("owner", "'" + owner + "' is not a user or group in the staff directory");
        }
        Measure measure = new Measure(planId, name, unit, Boolean.TRUE.equals(higher), baseline, owner, source, held.size() + 1);
        if (request.targets() == null || request.targets().isEmpty()) {
            errors.put("targets", "Give a target for the end of at least one quarter");
        } else {
            Set<LocalDate> seen = new HashSet<>();
            for (MeasureRequest.Target target : request.targets()) {
                LocalDate end = quarterEnd(errors, target == null ? null : target.quarterEnd());
                BigDecimal value = target == null ? null : number(errors, "targets", target.target());
                if (end != null && !seen.add(end)) {
                    errors.put("targets", "Give one target for each quarter; " + end + " has two");
                }
                if (end != null && value != null) {
                    measure.target(end, value);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        measure.getQuarters().sort(java.util.Comparator.comparing(MeasureQuarter::getQuarterEnd));
        Measure saved = measures.saveAndFlush(measure);
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey(saved.getId()), Map.of("measureId", saved.getId(),
                "planTitle", plan.getTitle(), "measureName", saved.getName()));
        return saved;
    }

    /** The owner's actual for the quarter, from the {@code recordMeasureActual} task. */
    @Transactional
    public void record(long measureId, LocalDate quarterEnd, String actual, String by) {
        Measure measure = get(measureId);
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal value = number(errors, "actual", actual);
        if (!errors.isEmpty()) {
            throw new EngineRuleRefusal(Refusal.everyReason(errors));
        }
        measure.quarter(quarterEnd).orElseThrow(() -> new EngineRuleRefusal("The measure has no target for the quarter ending " + quarterEnd))
                .recorded(value, LondonTime.today(clock), by);
    }

    /** The day a quarter's actual is due: working days after the quarter ends. */
    LocalDate due(LocalDate quarterEnd) {
        return calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(quarterEnd), settings.actualDueWorkingDaysAfterQuarter());
    }

    MeasureRating rating(Measure measure, MeasureQuarter quarter) {
        return MeasureRating.of(measure.isHigherBetter(), quarter.getTarget(), quarter.getActual(), settings.measureTolerancePercent());
    }

    @Transactional(readOnly = true)
    public List<PlanJson.MeasureJson> of(long planId) {
        return measures.findByPlanIdOrderByPositionAsc(planId).stream().map(this::json).toList();
    }

    Measure get(long measureId) {
        return measures.findById(measureId).orElseThrow(() -> new IllegalStateException("There is no measure " + measureId));
    }

    PlanJson.MeasureJson json(Measure m) {
        return new PlanJson.MeasureJson(m.getId(), m.getName(), m.getUnit(), m.isHigherBetter() ? "higher" : "lower", m.getBaseline(),
                m.getOwner(), m.getSource(), m.getQuarters().stream().map(q -> new PlanJson.QuarterJson(q.getQuarterEnd(), q.getTarget(),
                        q.getActual(), rating(m, q).id(), q.getRecordedOn(), q.getRecordedBy(),
                        q.getRecordedOn() != null && q.getRecordedOn().isAfter(due(q.getQuarterEnd())))).toList());
    }

    private LocalDate quarterEnd(Map<String, String> errors, String text) {
        LocalDate date = enteredDates.read(errors, "targets", text, "Give each quarter's end as YYYY-MM-DD, for example 2026-06-30");
        if (date != null && !QUARTER_ENDS.contains(MonthDay.from(date))) {
            errors.put("targets", "A target is for the end of a quarter: 31 March, 30 June, 30 September or 31 December; not " + text.strip());
            return null;
        }
        return date;
    }

    private static BigDecimal number(Map<String, String> errors, String field, String text) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip().replace(",", ""));
            if (value.abs().compareTo(new BigDecimal("999999999999")) > 0 || value.scale() > 2) {
                errors.put(field, "Give a number with at most two decimal places, smaller than a trillion");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, "Give a number, for example 22 or 18.5");
            return null;
        }
    }

    private static String text(Map<String, String> errors, String field, String text, int limit, boolean required) {
        String value = PlanText.orNull(text);
        if (value == null && required) {
            errors.put(field, "Give the measure's " + field);
        } else if (value != null && value.length() > limit) {
            errors.put(field, "The " + field + " must be " + limit + " characters or fewer");
            return null;
        }
        return value;
    }
}
