package org.scrutineer.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Reads a decision in the words a council's tracker gives it ("Noted", "Accepted in part",
 * "Cabinet acknowledged"), as {@code scrutineer.recommendations.decision-wordings} lists them. A
 * response states its decision when it begins with one of those words, and the longest one wins,
 * so that "Accepted in part" is not read as "Accepted".
 */
@Component
class DecisionWordings {

    /** The decision, and the words the tracker gave it in, as written there. */
    record Worded(Decision decision, String words) {
    }

    private record Wording(String words, Decision decision) {
    }

    private final List<Wording> wordings = new ArrayList<>();

    DecisionWordings(RecommendationSettings settings) {
        for (Map.Entry<String, List<String>> entry : settings.decisionWordings().entrySet()) {
            Decision decision = Decision.fromId(entry.getKey()).orElseThrow(() -> new IllegalStateException(
                    "scrutineer.recommendations.decision-wordings names a decision that does not exist: " + entry.getKey()));
            entry.getValue().forEach(words -> wordings.add(new Wording(words.strip().toLowerCase(Locale.ROOT), decision)));
        }
        for (Decision decision : Decision.values()) {
            wordings.add(new Wording(decision.id().toLowerCase(Locale.ROOT), decision));
            wordings.add(new Wording(decision.words().toLowerCase(Locale.ROOT), decision));
        }
        wordings.sort(Comparator.comparingInt((Wording w) -> w.words().length()).reversed());
    }

    /** The decision a response begins by stating, if it does. */
    Optional<Worded> in(String response) {
        if (response == null) {
            return Optional.empty();
        }
        String text = response.strip();
        for (Wording wording : wordings) {
            int end = wording.words().length();
            if (end > 0 && text.regionMatches(true, 0, wording.words(), 0, end)
                    && (text.length() == end || !Character.isLetterOrDigit(text.charAt(end)))) {
                return Optional.of(new Worded(wording.decision(), text.substring(0, end)));
            }
        }
        return Optional.empty();
    }
}
