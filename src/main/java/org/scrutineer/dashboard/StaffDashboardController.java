package org.scrutineer.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.scrutineer.web.StaffLink;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page: where to go, the work waiting, and the figures each person may see. */
@Controller
class StaffDashboardController {

    private final List<StaffLink> links;
    private final List<DashboardPanel> panels;
    private final List<DashboardWarning> warnings;
    private final OpenTasksByLifecycle openTasks;

    StaffDashboardController(List<StaffLink> links, List<DashboardPanel> panels, List<DashboardWarning> warnings,
                             OpenTasksByLifecycle openTasks) {
        this.links = links.stream().sorted(Comparator.comparingInt(StaffLink::order)).toList();
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
        this.warnings = List.copyOf(warnings);
        this.openTasks = openTasks;
    }

    @GetMapping("/staff")
    String home(Authentication user, Model model) {
        List<OpenTasksByLifecycle.Row> rows = openTasks.countFor(user);
        model.addAttribute("warnings", warnings.stream().map(w -> w.warningFor(user)).flatMap(Optional::stream).toList());
        model.addAttribute("links", links.stream().filter(l -> l.visibleTo(user.getAuthorities())).toList());
        model.addAttribute("taskRows", rows);
        model.addAttribute("taskChart", openTasks.chart(rows));
        model.addAttribute("charts", panels.stream().map(p -> p.chartFor(user)).flatMap(Optional::stream).toList());
        return "dashboard/staff-home";
    }
}
