package org.scrutineer.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.scrutineer.calendar.CalendarCoverage;
import org.scrutineer.web.NotFound;
import org.scrutineer.calendar.LondonTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tracker: every recommendation with its response status on a given day (today unless asked). */
@Service
public class RecommendationTracker {

    private final RecommendationRepository recommendations;
    private final CalendarCoverage coverage;
    private final Clock clock;

    RecommendationTracker(RecommendationRepository recommendations, CalendarCoverage coverage, Clock clock) {
        this.recommendations = recommendations;
        this.coverage = coverage;
        this.clock = clock;
    }

    public LocalDate today() {
        return LondonTime.today(clock);
    }

    @Transactional(readOnly = true)
    public List<RecommendationJson> all(LocalDate asOf) {
        LocalDate day = asOf == null ? today() : asOf;
        return recommendations.inTrackerOrder().stream().map(r -> RecommendationJson.of(r, day, coverage)).toList();
    }

    @Transactional(readOnly = true)
    public RecommendationJson one(long id, LocalDate asOf) {
        return recommendations.findById(id).map(r -> RecommendationJson.of(r, asOf == null ? today() : asOf, coverage))
                .orElseThrow(() -> NotFound.withId("recommendation", id));
    }
}
