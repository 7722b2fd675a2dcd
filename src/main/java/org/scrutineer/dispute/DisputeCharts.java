package org.scrutineer.dispute;

import java.util.Map;

import org.scrutineer.dashboard.BarChart;

/** Dispute counts as bar charts: counts only, never case data. */
final class DisputeCharts {

    private DisputeCharts() {
    }

    static BarChart of(String id, String title, Map<String, Integer> counts) {
        return new BarChart(id, title, "Disputes", counts.entrySet().stream()
                .map(e -> new BarChart.Bar(e.getKey(), e.getValue() == null ? 0 : e.getValue(), "neutral")).toList());
    }
}
