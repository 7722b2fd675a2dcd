package org.scrutineer.identity;

import java.util.List;

import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * When a task query's criteria on the identity links (candidate users and groups, the involved
 * user) can each be asked as an {@code EXISTS}, and when its rows are then one per task.
 *
 * <p>The engine joins the identity links into the query, so a task with two links that match
 * comes back twice and the engine removes the copies with {@code DISTINCT}; the database must
 * then find and sort every matching task before it can cut the page. An {@code EXISTS} finds the
 * same tasks when only one criterion looks at the links, or when the ones that do are joined by
 * {@code or}: with the join, criteria joined by {@code and} must hold for the same link, which
 * separate {@code EXISTS} would not ask. Those queries keep the engine's join.
 *
 * <p>Public for the task query's mapping, which calls it while it builds the statement.
 */
public final class TaskLinkCriteria {

    private TaskLinkCriteria() {
    }

    public static boolean answeredByExists(TaskQueryImpl query) {
        int linkedAlike = 0;
        for (TaskQueryImpl part : query.getQueries()) {
            if (part == null) {
                continue;
            }
            int criteria = (candidates(part) ? 1 : 0) + (part.getInvolvedUser() != null ? 1 : 0);
            linkedAlike += part.isOrQueryActive() ? Math.min(criteria, 1) : criteria;
        }
        return linkedAlike <= 1;
    }

    /** No join can repeat a task: the links are asked by {@code EXISTS} and no sort joins another table. */
    public static boolean rowsAreUnique(TaskQueryImpl query) {
        return answeredByExists(query) && !sortsThroughARelation(query.getOrderingProperties());
    }

    private static boolean candidates(TaskQueryImpl part) {
        return part.getCandidateUser() != null || part.getCandidateGroups() != null || part.getCandidateGroupLike() != null
                || Boolean.TRUE.equals(part.isWithCandidateGroups()) || Boolean.TRUE.equals(part.isWithCandidateUsers());
    }

    private static boolean sortsThroughARelation(List<QueryOrderingProperty> ordering) {
        return ordering != null && ordering.stream().anyMatch(property -> property.getRelation() != null);
    }
}
