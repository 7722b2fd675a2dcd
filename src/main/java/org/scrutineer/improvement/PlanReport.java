package org.scrutineer.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.dashboard.BarChart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as reported to the meeting on a day: the actions by rating with the change since the last
 * board, the actions off track or overdue first with their reasons, the measures against target and
 * where each recommendation stands, each as it was on that day.
 */
@Service
public class PlanReport {

    /** One rating's count on the day and at the last board, and the change in words. */
    public record BragRow(String colour, String meaning, long now, long before, String change) {
    }

    /** An action the meeting should look at first: off track, or past its last milestone and not complete. */
    public record Attention(String ref, String text, String theme, String lead, String rating, String why) {
    }

    public record QuarterLine(String quarter, String target, String actual, String rating) {
    }

    public record MeasureLines(String name, String about, List<QuarterLine> quarters, BarChart chart) {
    }

    public record RecommendationLine(String madeBy, String text, String status, String nextReview, String actions) {
    }

    public record View(String title, String planTitle, String asOf, String before, List<BragRow> brag, BarChart chart, List<Attention> attention,
                       List<MeasureLines> measures, List<RecommendationLine> recommendations, boolean forThePublicView) {

        /** The same without the leads and what they wrote, for the public page. */
        public View forThePublic() {
            return new View("Progress of " + planTitle + " at the board of " + asOf, planTitle, asOf, before, brag, chart,
                    attention.stream().map(a -> new Attention(a.ref(), a.text(), a.theme(), null, a.rating(), null)).toList(),
                    measures, recommendations, true);
        }
    }

    private final Plans plans;
    private final PlanActionRepository actions;
    private final MeasureRepository measures;
    private final Measures measureRatings;
    private final InspectionRecommendationRepository recommendations;
    private final ProgressDates dates;
    private final DateWords words;

    PlanReport(Plans plans, PlanActionRepository actions, MeasureRepository measures, Measures measureRatings,
               InspectionRecommendationRepository recommendations, ProgressDates dates, DateWords words) {
        this.plans = plans;
        this.actions = actions;
        this.measures = measures;
        this.measureRatings = measureRatings;
        this.recommendations = recommendations;
        this.dates = dates;
        this.words = words;
    }

    @Transactional(readOnly = true)
    public View asOf(long planId, LocalDate day) {
        ImprovementPlan plan = plans.plan(planId);
        LocalDate before = dates.boardBefore(day);
        List<PlanAction> held = actions.findByPlanIdOrderByPositionAsc(planId);
        Map<String, Long> now = counts(held, day);
        Map<String, Long> then = counts(held, before);
        List<BragRow> rows = new ArrayList<>();
        for (Brag brag : Brag.values()) {
            rows.add(new BragRow(brag.colour(), brag.meaning(), now.get(brag.id()), then.get(brag.id()), change(now.get(brag.id()) - then.get(brag.id()))));
        }
        rows.add(new BragRow("Not yet rated", "", now.get(Plans.UNRATED), then.get(Plans.UNRATED),
                change(now.get(Plans.UNRATED) - then.get(Plans.UNRATED))));
        BarChart chart = new BarChart("plan-ratings", "Actions by rating on " + words.date(day), "Actions",
                Arrays.stream(Brag.values()).map(b -> new BarChart.Bar(b.colour() + ", " + b.meaning(), now.get(b.id()), tone(b))).toList());
        String title = "Improvement plan report: " + plan.getTitle() + ", " + words.date(day);
        return new View(title, plan.getTitle(), words.date(day), words.date(before), rows, chart, attention(held, day),
                measures.findByPlanIdOrderByPositionAsc(planId).stream().map(m -> measure(m, day)).toList(),
                recommendations.findByPlanIdOrderByPositionAsc(planId).stream().map(r -> recommendation(r, day)).toList(), false);
    }

    static Optional<Brag> ratingAsOf(PlanAction action, LocalDate day) {
        Optional<Brag> rating = Optional.empty();
        for (ActionUpdate update : action.getUpdates()) {
            Optional<Brag> given = update.ratingAsOf(day);
            if (given.isPresent()) {
                rating = given;
            }
        }
        return rating;
    }

    private static Map<String, Long> counts(List<PlanAction> held, LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(Brag.values()).forEach(b -> counts.put(b.id(), 0L));
        counts.put(Plans.UNRATED, 0L);
        held.stream().filter(a -> a.existedOn(day)).forEach(a -> counts.merge(ratingAsOf(a, day).map(Brag::id).orElse(Plans.UNRATED), 1L, Long::sum));
        return counts;
    }

    private List<Attention> attention(List<PlanAction> held, LocalDate day) {
        List<Attention> first = new ArrayList<>();
        for (PlanAction action : held.stream().filter(a -> a.existedOn(day)).toList()) {
            Optional<Brag> rating = ratingAsOf(action, day);
            LocalDate last = action.getMilestones().stream().map(Milestone::getDueOn).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
            boolean red = rating.filter(b -> b == Brag.RED).isPresent();
            boolean overdue = last != null && last.isBefore(day) && rating.filter(b -> b == Brag.BLUE).isEmpty();
            if (red || overdue) {
                String reason = action.getUpdates().stream().filter(u -> !u.getUpdatedOn().isAfter(day) && u.getReason() != null)
                        .reduce((a, b) -> b).map(ActionUpdate::getReason).orElse("No reason given yet.");
                first.add(new Attention(action.getRef(), action.getText(), action.getTheme().getName(), action.getLead() == null ? "Not given" : action.getLead(),
                        rating.map(Brag::colour).orElse("Not yet rated") + (overdue ? ", past its last milestone (" + words.date(last) + ")" : ""), reason));
            }
        }
        first.sort(Comparator.comparing((Attention a) -> !a.rating().startsWith("Red")));
        return first;
    }

    private MeasureLines measure(Measure measure, LocalDate day) {
        String about = (measure.isHigherBetter() ? "Higher is better" : "Lower is better")
                + (measure.getBaseline() == null ? "" : "; baseline " + plain(measure.getBaseline()))
                + (measure.getUnit() == null ? "" : " " + measure.getUnit()) + (measure.getSource() == null ? "" : "; source: " + measure.getSource()) + ".";
        List<QuarterLine> lines = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (MeasureQuarter q : measure.getQuarters()) {
            boolean known = q.getActual() != null && q.getRecordedOn() != null && !q.getRecordedOn().isAfter(day);
            MeasureRating rating = known ? measureRatings.rating(measure, q) : MeasureRating.NO_FIGURE;
            lines.add(new QuarterLine(words.date(q.getQuarterEnd()), plain(q.getTarget()), known ? plain(q.getActual()) : "", rating.words()));
            bars.add(new BarChart.Bar(words.shortDate(q.getQuarterEnd()) + " (target " + plain(q.getTarget()) + ")",
                    known ? plain(q.getActual()) : "not yet recorded", known ? q.getActual().doubleValue() : 0, tone(rating)));
        }
        return new MeasureLines(measure.getName(), about, lines, new BarChart("measure-" + measure.getId(), measure.getName() + ": the actual by quarter",
                measure.getUnit() == null ? "Actual" : "Actual (" + measure.getUnit() + ")", bars));
    }

    private RecommendationLine recommendation(InspectionRecommendation r, LocalDate day) {
        RecommendationStatus status = r.getStatus();
        LocalDate next = r.getReviewOn();
        List<RecommendationReview> reviews = r.getReviews();
        if (!reviews.isEmpty()) {
            Optional<RecommendationReview> latest = reviews.stream().filter(v -> !v.getReviewedOn().isAfter(day)).reduce((a, b) -> b);
            if (latest.isPresent()) {
                status = latest.get().getStatus();
                next = latest.get().getNextReviewOn();
            } else {
                status = r.getFirstStatus();
            }
        }
        return new RecommendationLine(r.getSource().words() + ", " + words.date(r.getMadeOn()), r.getText(), status.words(),
                next == null ? "None" : words.date(next),
                r.getActions().isEmpty() ? "None yet" : String.join(", ", r.getActions().stream().map(PlanAction::getRef).sorted().toList()));
    }

    private static String change(long difference) {
        return difference == 0 ? "No change" : (difference > 0 ? "Up " : "Down ") + Math.abs(difference);
    }

    private static String tone(Brag brag) {
        return switch (brag) {
            case BLUE, GREY -> "neutral";
            case GREEN -> "good";
            case AMBER -> "warning";
            case RED -> "bad";
        };
    }

    private static String tone(MeasureRating rating) {
        return switch (rating) {
            case ON_TARGET -> "good";
            case NEAR_TARGET -> "warning";
            case OFF_TARGET -> "bad";
            case NO_FIGURE -> "neutral";
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
