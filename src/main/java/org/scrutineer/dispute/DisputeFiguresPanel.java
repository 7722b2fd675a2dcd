package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.dashboard.BarChart;
import org.scrutineer.dashboard.DashboardPanel;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Last week's dispute figures on the staff dashboard, for the five dispute groups only. */
@Component
class DisputeFiguresPanel implements DashboardPanel {

    private final DisputeReport report;
    private final Clock clock;

    DisputeFiguresPanel(DisputeReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<BarChart> chartFor(Authentication user) {
        if (user.getAuthorities().stream().noneMatch(a -> DisputeGroups.ALL.contains(a.getAuthority()))) {
            return Optional.empty();
        }
        DisputeReportFigures figures = report.forWeekEnding(SendWeeklyDisputeReport.lastSunday(LocalDate.now(clock)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        figures.openByStage().forEach((stage, count) -> counts.put("Open, " + StaffDisputeController.stageName(stage).toLowerCase(), count));
        counts.put("Overdue", figures.overdue());
        counts.put("Raised last week", figures.raisedInWeek());
        counts.put("Closed last week", figures.closedInWeek());
        return Optional.of(DisputeCharts.of("dispute-figures", "IRO disputes, week ending " + figures.weekEnding(), counts));
    }
}
