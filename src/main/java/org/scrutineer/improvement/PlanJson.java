package org.scrutineer.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan as {@code GET /api/plans/{id}} gives it: its details, the count of actions by rating, and
 * its themes in order, each with its areas and outcomes and its actions with their milestones.
 */
public record PlanJson(long id, String title, String directorate, String period, String owner, int actions,
                       Map<String, Long> brag, List<Theme> themes) {

    public record Theme(long id, String name, String accountableLead, List<Area> areas, List<Action> actions) {
    }

    public record Area(long id, String title, List<Outcome> outcomes) {
    }

    public record Outcome(long id, String title) {
    }

    /** {@code brag} is {@code blue}, {@code green}, {@code amber}, {@code red}, {@code grey}, or null when not yet rated. */
    public record Action(long id, String ref, String text, String lead, String area, List<String> outcomes, String brag,
                         List<Milestone> milestones) {
    }

    public record Milestone(long id, String text, LocalDate dueOn, LocalDate firstDueOn) {
    }

    /** A plan in the list of {@code GET /api/plans}: its details and counts, without its contents. */
    public record Summary(long id, String title, String directorate, String period, String owner, int actions, Map<String, Long> brag) {
    }
}
