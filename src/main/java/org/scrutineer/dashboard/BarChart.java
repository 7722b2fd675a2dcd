package org.scrutineer.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart that renders as SVG with a text alternative and a data table, so the
 * figures reach people who cannot see the picture.
 *
 * @param id          unique on the page, for the SVG's accessible name
 * @param title       what the chart shows
 * @param valueHeader the table's heading for the figures, such as "Tasks"
 * @param bars        one bar per category, drawn in this order
 */
public record BarChart(String id, String title, String valueHeader, List<Bar> bars) {

    static final int LABEL_WIDTH = 260;
    static final int PLOT_WIDTH = 300;
    static final int ROW_HEIGHT = 32;

    /**
     * One category: {@code value} is the figure as shown, {@code amount} the length it is drawn to,
     * and {@code tone} picks its colour: "neutral", "good", "warning" or "bad".
     */
    public record Bar(String label, String value, double amount, String tone) {

        /** A count, shown as it is. */
        public Bar(String label, long count, String tone) {
            this(label, Long.toString(count), count, tone);
        }
    }

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** The drawn length of a bar, scaled so the longest fills the plot. */
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

    /** The whole chart in one sentence, for screen readers. */
    public String description() {
        return bars.isEmpty() ? "No figures yet."
                : bars.stream().map(b -> b.label() + ": " + b.value()).collect(Collectors.joining("; ")) + ".";
    }
}
