package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.dashboard.BarChart;
import org.scrutineer.dashboard.DashboardPanel;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How promptly the executive has answered the committee, for every member of staff. */
@Component
class ResponseTimelinessPanel implements DashboardPanel {

    enum Timeliness {
        ON_TIME("Responded on time", "good"),
        LATE("Responded late", "warning"),
        AWAITING("Awaiting a response, not yet due", "neutral"),
        OVERDUE("Overdue, no response", "bad"),
        NOT_SENT("Not sent yet", "neutral");

        final String words;
        final String tone;

        Timeliness(String words, String tone) {
            this.words = words;
            this.tone = tone;
        }
    }

    private final RecommendationRepository recommendations;
    private final RecommendationTracker tracker;

    ResponseTimelinessPanel(RecommendationRepository recommendations, RecommendationTracker tracker) {
        this.recommendations = recommendations;
        this.tracker = tracker;
    }

    static Timeliness of(Recommendation r, LocalDate today) {
        return switch (ResponseStatus.of(r, today)) {
            case NOT_SENT -> Timeliness.NOT_SENT;
            case AWAITING_RESPONSE -> Timeliness.AWAITING;
            case OVERDUE -> Timeliness.OVERDUE;
            case RESPONDED -> r.getDateReceived() != null && r.getDueDate() != null && r.getDateReceived().isAfter(r.getDueDate())
                    ? Timeliness.LATE : Timeliness.ON_TIME;
        };
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BarChart> chartFor(Authentication user) {
        LocalDate today = tracker.today();
        Map<Timeliness, Long> counts = new EnumMap<>(Timeliness.class);
        for (Recommendation r : recommendations.findAll()) {
            if (r.addresseeKind() != Addressee.COMMITTEE) {
                counts.merge(of(r, today), 1L, Long::sum);
            }
        }
        List<BarChart.Bar> bars = List.of(Timeliness.values()).stream()
                .map(t -> new BarChart.Bar(t.words, counts.getOrDefault(t, 0L), t.tone)).toList();
        return Optional.of(new BarChart("response-timeliness", "Executive responses to recommendations", "Recommendations", bars));
    }
}
