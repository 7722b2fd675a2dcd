package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;

import org.scrutineer.calendar.LondonTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a plan's progress as of the last improvement board: the ratings and their
 * direction of travel, the actions off track or overdue, the measures against target and the
 * recommendations. It carries the plan's own words only: no lead, and none of what leads wrote,
 * which is where personal details could appear.
 */
@Controller
class PublicPlanController {

    private final PlanReport report;
    private final ProgressDates dates;
    private final Clock clock;

    PublicPlanController(PlanReport report, ProgressDates dates, Clock clock) {
        this.report = report;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/improvement-plans/{id:\\d+}")
    String plan(@PathVariable long id, Model model) {
        LocalDate today = LondonTime.today(clock);
        LocalDate board = dates.board(java.time.YearMonth.from(today));
        LocalDate lastBoard = board.isAfter(today) ? dates.boardBefore(today) : board;
        model.addAttribute("view", report.asOf(id, lastBoard).forThePublic());
        return "improvement/public";
    }
}
