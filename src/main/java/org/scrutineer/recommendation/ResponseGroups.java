package org.scrutineer.recommendation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Who answers a recommendation, by its addressee, as {@code scrutineer.recommendations.response-groups}
 * configures it: the group given {@code recordExecutiveResponse}. The model uses it as
 * {@code ${responseGroups.of(addressee)}}.
 */
@Component("responseGroups")
public class ResponseGroups {

    private final RecommendationSettings settings;

    ResponseGroups(RecommendationSettings settings) {
        this.settings = settings;
        Set<String> known = Set.copyOf(Arrays.stream(Addressee.values()).map(Addressee::id).toList());
        List<String> unknown = settings.responseGroups().keySet().stream().filter(a -> !known.contains(a)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("scrutineer.recommendations.response-groups names addressees that do not exist: "
                    + String.join(", ", unknown) + ". The addressees are " + String.join(", ", known.stream().sorted().toList()));
        }
    }

    /** The group that records the response to a recommendation to {@code addressee}. */
    public String of(String addressee) {
        String group = settings.responseGroups().get(addressee);
        if (group == null || group.isBlank()) {
            throw new IllegalStateException("No group records the response to a recommendation to '" + addressee
                    + "': set scrutineer.recommendations.response-groups." + addressee);
        }
        return group.strip();
    }

    String of(Addressee addressee) {
        return of(addressee.id());
    }

    /** Whether that group records the response for the addressee, and so must say who gave it. */
    boolean recordedOnBehalf(Addressee addressee) {
        return settings.recordedOnBehalf().contains(addressee.id());
    }
}
