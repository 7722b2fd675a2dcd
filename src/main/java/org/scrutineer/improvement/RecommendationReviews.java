package org.scrutineer.improvement;

import java.util.Date;
import java.util.List;

import org.scrutineer.calendar.LondonTime;
import org.scrutineer.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * A recommendation's reviews ({@code ${recommendationReviews...}} in the model): whether one is due,
 * when it is asked for and by when, and who reviews it: the plan's owner, or democratic services while
 * the plan names none.
 */
@Component("recommendationReviews")
public class RecommendationReviews {

    private final Recommendations recommendations;
    private final ImprovementPlanRepository plans;
    private final ActionLeads leads;
    private final WorkingDayCalendar calendar;
    private final ProgressSettings settings;

    RecommendationReviews(Recommendations recommendations, ImprovementPlanRepository plans, ActionLeads leads, WorkingDayCalendar calendar,
                          ProgressSettings settings) {
        this.settings = settings;
        this.recommendations = recommendations;
        this.plans = plans;
        this.leads = leads;
        this.calendar = calendar;
    }

    public boolean due(long recommendationId) {
        InspectionRecommendation r = recommendations.get(recommendationId);
        return r.getReviewOn() != null && r.getStatus() != RecommendationStatus.ACHIEVED;
    }

    public Date askedAt(long recommendationId) {
        return LondonTime.at(recommendations.get(recommendationId).getReviewOn(), settings.askedAt());
    }

    public Date dueAt(long recommendationId) {
        return LondonTime.endOfWorkingDay(calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(
                recommendations.get(recommendationId).getReviewOn()), settings.reviewDueWorkingDays()));
    }

    public String assignee(long recommendationId) {
        return leads.user(owner(recommendationId));
    }

    public List<String> candidateGroups(long recommendationId) {
        return leads.groups(owner(recommendationId));
    }

    private String owner(long recommendationId) {
        return plans.findById(recommendations.get(recommendationId).getPlanId()).map(ImprovementPlan::getOwner).orElse(null);
    }
}
