package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A quarter's rating worked out from its actual and target, either way round, with a tolerance of 5 per cent of the target. */
class MeasureRatingTest {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private static MeasureRating lowerIsBetter(String target, String actual) {
        return MeasureRating.of(false, new BigDecimal(target), actual == null ? null : new BigDecimal(actual), FIVE);
    }

    private static MeasureRating higherIsBetter(String target, String actual) {
        return MeasureRating.of(true, new BigDecimal(target), actual == null ? null : new BigDecimal(actual), FIVE);
    }

    @Test
    void aCaseloadTargetIsMetAtOrBelowItNearWithinFivePerCentAboveAndOffBeyond() {
        assertThat(lowerIsBetter("20", "18")).isEqualTo(MeasureRating.ON_TARGET);
        assertThat(lowerIsBetter("20", "20")).isEqualTo(MeasureRating.ON_TARGET);
        assertThat(lowerIsBetter("20", "21")).isEqualTo(MeasureRating.NEAR_TARGET);
        assertThat(lowerIsBetter("20", "21.01")).isEqualTo(MeasureRating.OFF_TARGET);
        assertThat(lowerIsBetter("20", null)).isEqualTo(MeasureRating.NO_FIGURE);
    }

    @Test
    void aHigherIsBetterTargetIsMetAtOrAboveIt() {
        assertThat(higherIsBetter("80", "85")).isEqualTo(MeasureRating.ON_TARGET);
        assertThat(higherIsBetter("80", "76")).isEqualTo(MeasureRating.NEAR_TARGET);
        assertThat(higherIsBetter("80", "75.99")).isEqualTo(MeasureRating.OFF_TARGET);
        assertThat(higherIsBetter("0", "0")).isEqualTo(MeasureRating.ON_TARGET);
        assertThat(higherIsBetter("0", "-1")).isEqualTo(MeasureRating.OFF_TARGET);
    }
}
