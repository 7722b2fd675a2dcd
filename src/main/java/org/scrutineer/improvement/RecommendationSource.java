package org.scrutineer.improvement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who made a recommendation the plan answers. */
public enum RecommendationSource {

    COMMISSIONER("The commissioner"),
    OFSTED("Ofsted"),
    PEER_REVIEW("Peer review");

    private final String words;

    RecommendationSource(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** {@code commissioner}, {@code ofsted} or {@code peer-review}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RecommendationSource> fromId(String id) {
        return id == null ? Optional.empty() : Arrays.stream(values()).filter(s -> s.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
