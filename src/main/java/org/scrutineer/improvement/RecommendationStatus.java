package org.scrutineer.improvement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an inspection or commissioner recommendation stands, in the commissioner's words. */
public enum RecommendationStatus {

    ACHIEVED("Achieved"),
    PROGRESS_MADE("Progress made"),
    PROGRESSING("Progressing"),
    NOT_STARTED("Not started");

    private final String words;

    RecommendationStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** {@code achieved}, {@code progress-made}, {@code progressing} or {@code not-started}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RecommendationStatus> fromId(String id) {
        return id == null ? Optional.empty() : Arrays.stream(values()).filter(s -> s.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
