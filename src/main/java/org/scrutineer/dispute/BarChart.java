package org.scrutineer.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn on the server as SVG, with no script. The page shows the same
 * figures in a table, so the chart is never the only way to read them.
 */
record BarChart(String title, List<Bar> bars, int height) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 300;
    static final int ROW = 32;

    record Bar(String label, int value, int y, int width) {

        public int x() {
            return LABEL_WIDTH;
        }

        public int textY() {
            return y + 16;
        }

        public int valueX() {
            return LABEL_WIDTH + width + 6;
        }
    }

    static BarChart of(String title, Map<String, Integer> values) {
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            int width = max == 0 ? 0 : Math.round((float) BAR_SPACE * entry.getValue() / max);
            bars.add(new Bar(entry.getKey(), entry.getValue(), y, width));
            y += ROW;
        }
        return new BarChart(title, List.copyOf(bars), y + 4);
    }

    public String description() {
        StringBuilder text = new StringBuilder(title).append(": ");
        for (int i = 0; i < bars.size(); i++) {
            text.append(bars.get(i).label()).append(' ').append(bars.get(i).value()).append(i + 1 < bars.size() ? ", " : ".");
        }
        return text.toString();
    }
}
