package org.scrutineer.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan as {@code GET /api/plans/{id}} gives it: its details, the count of actions by rating, and
 * its themes in order, each with its areas and outcomes and its actions with their milestones.
 */
public record PlanJson(long id, String title, String directorate, String period, String owner, int actions,
                       Map<String, Long> brag, List<Theme> themes, List<MeasureJson> measures, List<RecommendationJson> recommendations) {

    public record Theme(long id, String name, String accountableLead, List<Area> areas, List<Action> actions) {
    }

    public record Area(long id, String title, List<Outcome> outcomes) {
    }

    public record Outcome(long id, String title) {
    }

    /**
     * {@code brag} is {@code blue}, {@code green}, {@code amber}, {@code red}, {@code grey}, or null when
     * not yet rated; {@code lastUpdate} the latest of its history, or null.
     */
    public record Action(long id, String ref, String text, String lead, String area, List<String> outcomes, String brag,
                         List<Milestone> milestones, Update lastUpdate) {
    }

    /**
     * One entry of an action's history: {@code kind} is {@code imported}, {@code updated} or {@code missed};
     * {@code confirmation} is {@code pending}, {@code confirmed} or {@code refused} for a Blue, otherwise null.
     */
    public record Update(String kind, String brag, String progress, String reason, LocalDate updatedOn, String updatedBy,
                         String confirmation, String confirmationNote) {
    }

    public record Milestone(long id, String text, LocalDate dueOn, LocalDate firstDueOn) {
    }

    /** A measure that matters: {@code direction} says whether {@code higher} or {@code lower} is better. */
    public record MeasureJson(long id, String name, String unit, String direction, java.math.BigDecimal baseline, String owner, String source,
                              List<QuarterJson> quarters) {
    }

    /**
     * A quarter's target and actual; {@code rating} is {@code on-target}, {@code near-target}, {@code off-target}
     * or {@code no-figure}, worked out from them; {@code late} whether the actual came after it was due.
     */
    public record QuarterJson(LocalDate quarterEnd, java.math.BigDecimal target, java.math.BigDecimal actual, String rating,
                              LocalDate recordedOn, String recordedBy, boolean late) {
    }

    /**
     * An inspection or commissioner recommendation: {@code source} is {@code commissioner}, {@code ofsted} or
     * {@code peer-review}; {@code status} {@code achieved}, {@code progress-made}, {@code progressing} or
     * {@code not-started}; {@code actions} the refs of the actions that answer it.
     */
    public record RecommendationJson(long id, String source, LocalDate madeOn, String text, String status, LocalDate reviewOn,
                                     List<String> actions, List<ReviewJson> reviews) {
    }

    public record ReviewJson(String status, String note, LocalDate reviewedOn, String reviewedBy, LocalDate nextReviewOn) {
    }

    /** A plan in the list of {@code GET /api/plans}: its details and counts, without its contents. */
    public record Summary(long id, String title, String directorate, String period, String owner, int actions, Map<String, Long> brag) {
    }
}
