package org.scrutineer.improvement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quarter's actual against its target, worked out and never typed: on target (the target met, or
 * bettered), near target (on the wrong side by no more than the tolerance, a share of the target),
 * off target (further), or no figure yet.
 */
public enum MeasureRating {

    ON_TARGET("On target"),
    NEAR_TARGET("Near target"),
    OFF_TARGET("Off target"),
    NO_FIGURE("No figure yet");

    private final String words;

    MeasureRating(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static MeasureRating of(boolean higherIsBetter, BigDecimal target, BigDecimal actual, BigDecimal tolerancePercent) {
        if (actual == null) {
            return NO_FIGURE;
        }
        BigDecimal shortBy = higherIsBetter ? target.subtract(actual) : actual.subtract(target);
        if (shortBy.signum() <= 0) {
            return ON_TARGET;
        }
        BigDecimal allowed = target.abs().multiply(tolerancePercent).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        return shortBy.compareTo(allowed) <= 0 ? NEAR_TARGET : OFF_TARGET;
    }
}
