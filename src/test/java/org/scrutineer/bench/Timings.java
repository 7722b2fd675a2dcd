package org.scrutineer.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and percentiles of measured values (nearest-rank). */
final class Timings {

    private Timings() {
    }

    static double median(List<? extends Number> values) {
        return percentile(values, 50);
    }

    static double percentile(List<? extends Number> values, double percent) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values");
        }
        List<Double> sorted = new ArrayList<>(values.stream().map(Number::doubleValue).toList());
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
