package org.scrutineer.improvement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A measure's actuals by quarter as the dashboard's bar chart draws them (the same fragment: SVG with
 * a text alternative and a data table), with figures that keep their decimals. Each bar's colour is
 * its rating against the quarter's target, which its label names.
 */
public record MeasureChart(String id, String title, String valueHeader, List<Bar> bars) {

    static final int LABEL_WIDTH = 260;
    static final int PLOT_WIDTH = 300;
    static final int ROW_HEIGHT = 32;

    /** {@code tone} is "good" on target, "warning" near, "bad" off, "neutral" with no figure yet. */
    public record Bar(String label, String value, double amount, String tone) {
    }

    public MeasureChart {
        bars = List.copyOf(bars);
    }

    public int lengthOf(Bar bar) {
        double max = bars.stream().mapToDouble(b -> Math.abs(b.amount())).max().orElse(0);
        return max == 0 ? 0 : (int) Math.round(Math.abs(bar.amount()) * PLOT_WIDTH / max);
    }

    public int height() {
        return Math.max(bars.size(), 1) * ROW_HEIGHT;
    }

    public int width() {
        return LABEL_WIDTH + PLOT_WIDTH + 60;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int rowHeight() {
        return ROW_HEIGHT;
    }

    public String description() {
        return bars.isEmpty() ? "No figures yet." : bars.stream().map(b -> b.label() + ": " + b.value()).collect(Collectors.joining("; ")) + ".";
    }
}
