package org.scrutineer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void theLongestBarFillsThePlotAndTheOthersAreDrawnToScale() {
        BarChart.Bar open = new BarChart.Bar("Public questions", 40, "neutral");
        BarChart.Bar overdue = new BarChart.Bar("Disputes", 10, "warning");
        BarChart chart = new BarChart("open-tasks", "Open tasks by lifecycle", "Tasks", List.of(open, overdue));

        assertThat(chart.lengthOf(open)).isEqualTo(BarChart.PLOT_WIDTH);
        assertThat(chart.lengthOf(overdue)).isEqualTo(BarChart.PLOT_WIDTH / 4);
        assertThat(open.value()).isEqualTo("40");
        assertThat(chart.description()).isEqualTo("Public questions: 40; Disputes: 10.");
    }

    @Test
    void aFigureKeepsItsDecimalsAndANegativeOneIsDrawnByItsSize() {
        BarChart.Bar fall = new BarChart.Bar("31 Mar 2027 (target -2)", "-2.5", -2.5, "good");
        BarChart.Bar rise = new BarChart.Bar("30 Jun 2027 (target -2)", "1.25", 1.25, "bad");
        BarChart.Bar none = new BarChart.Bar("30 Sep 2027 (target -2)", "not yet recorded", 0, "neutral");
        BarChart chart = new BarChart("measure-1", "Change in waiting times", "Actual (weeks)", List.of(fall, rise, none));

        assertThat(chart.lengthOf(fall)).isEqualTo(BarChart.PLOT_WIDTH);
        assertThat(chart.lengthOf(rise)).isEqualTo(BarChart.PLOT_WIDTH / 2);
        assertThat(chart.lengthOf(none)).isZero();
        assertThat(chart.height()).isEqualTo(3 * BarChart.ROW_HEIGHT);
        assertThat(chart.description()).isEqualTo("31 Mar 2027 (target -2): -2.5; 30 Jun 2027 (target -2): 1.25; 30 Sep 2027 (target -2): not yet recorded.");
    }

    @Test
    void aChartWithNoBarsSaysSo() {
        BarChart chart = new BarChart("empty", "Nothing yet", "Tasks", List.of());
        assertThat(chart.description()).isEqualTo("No figures yet.");
        assertThat(chart.height()).isEqualTo(BarChart.ROW_HEIGHT);
    }
}
