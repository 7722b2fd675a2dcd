package org.scrutineer.improvement;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutineer.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The improvement plans as staff read them: every plan with its counts, and one plan whole. */
@Service
public class Plans {

    static final String UNRATED = "unrated";

    private final ImprovementPlanRepository plans;
    private final PlanActionRepository actions;
    private final Measures measures;
    private final Recommendations recommendations;

    Plans(ImprovementPlanRepository plans, PlanActionRepository actions, Measures measures, Recommendations recommendations) {
        this.plans = plans;
        this.actions = actions;
        this.measures = measures;
        this.recommendations = recommendations;
    }

    @Transactional(readOnly = true)
    public List<PlanJson.Summary> all() {
        return plans.findAllByOrderByTitleAsc().stream().map(plan -> {
            List<PlanAction> held = actions.findByPlanIdOrderByPositionAsc(plan.getId());
            return new PlanJson.Summary(plan.getId(), plan.getTitle(), plan.getDirectorate(), plan.getPeriod(), plan.getOwner(),
                    held.size(), counts(held));
        }).toList();
    }

    @Transactional(readOnly = true)
    public PlanJson one(long id) {
        ImprovementPlan plan = plan(id);
        List<PlanAction> held = actions.findByPlanIdOrderByPositionAsc(id);
        List<PlanJson.Theme> themes = plan.getThemes().stream().map(theme -> new PlanJson.Theme(theme.getId(), theme.getName(),
                theme.getAccountableLead(),
                theme.getAreas().stream().map(area -> new PlanJson.Area(area.getId(), area.getTitle(),
                        area.getOutcomes().stream().map(o -> new PlanJson.Outcome(o.getId(), o.getTitle())).toList())).toList(),
                held.stream().filter(a -> a.getTheme().getId().equals(theme.getId())).map(Plans::json).toList())).toList();
        return new PlanJson(plan.getId(), plan.getTitle(), plan.getDirectorate(), plan.getPeriod(), plan.getOwner(), held.size(),
                counts(held), themes, measures.of(id), recommendations.of(id));
    }

    /** The plan's rows as its import reads them, one per milestone, for a spreadsheet. */
    @Transactional(readOnly = true)
    public String csv(long id) {
        return PlanCsv.write(plan(id), actions.findByPlanIdOrderByPositionAsc(id));
    }

    ImprovementPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> NotFound.withId("improvement plan", id));
    }

    private static PlanJson.Action json(PlanAction action) {
        return new PlanJson.Action(action.getId(), action.getRef(), action.getText(), action.getLead(),
                action.getArea() == null ? null : action.getArea().getTitle(),
                action.getOutcomes().stream().map(PlanOutcome::getTitle).toList(), action.getBrag().map(Brag::id).orElse(null),
                action.getMilestones().stream().map(m -> new PlanJson.Milestone(m.getId(), m.getText(), m.getDueOn(), m.getFirstDueOn())).toList(),
                action.getUpdates().isEmpty() ? null : json(action.getUpdates().get(action.getUpdates().size() - 1)));
    }

    private static PlanJson.Update json(ActionUpdate update) {
        return new PlanJson.Update(update.getKind().name().toLowerCase(Locale.ROOT), update.getBrag().map(Brag::id).orElse(null),
                update.getProgress(), update.getReason(), update.getUpdatedOn(), update.getUpdatedBy(),
                update.getConfirmation().map(c -> c.name().toLowerCase(Locale.ROOT)).orElse(null), update.getConfirmationNote());
    }

    /** Actions by rating, in the board's order, then those not yet rated. */
    static Map<String, Long> counts(Collection<PlanAction> actions) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(Brag.values()).forEach(b -> counts.put(b.id(), 0L));
        counts.put(UNRATED, 0L);
        actions.forEach(a -> counts.merge(a.getBrag().map(Brag::id).orElse(UNRATED), 1L, Long::sum));
        return counts;
    }
}
