package org.scrutineer.workprogramme;

import java.time.LocalDate;

import org.scrutineer.meeting.Committees;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of a committee's work programme for a municipal year: what it plans to scrutinise, when and how. */
@Controller
class PublicWorkProgrammeController {

    private final WorkProgramme programme;
    private final Committees committees;
    private final MeetingService meetings;

    PublicWorkProgrammeController(WorkProgramme programme, Committees committees, MeetingService meetings) {
        this.programme = programme;
        this.committees = committees;
        this.meetings = meetings;
    }

    @GetMapping("/committees/{id}/work-programme")
    String page(@PathVariable String id, @RequestParam(required = false) Integer year, Model model) {
        if (year != null && (year < 2000 || year > 2200)) {
            throw new NotFound("There is no work programme for that year");
        }
        LocalDate begins = programme.yearBeginning(year);
        model.addAttribute("committee", committees.get(id));
        model.addAttribute("view", ProgrammeView.of(begins, programme.forYear(id, begins), meetings));
        model.addAttribute("previousYear", begins.getYear() - 1);
        model.addAttribute("nextYear", begins.getYear() + 1);
        return "workprogramme/public";
    }

    /** An item where the public programme shows it: its committee's page for its year, at the item. */
    @GetMapping("/work-programme/items/{itemId:\\d+}")
    String item(@PathVariable long itemId) {
        WorkProgrammeItem item = programme.get(itemId);
        return "redirect:/committees/" + item.getCommitteeId() + "/work-programme?year=" + item.getYearBegins().getYear() + "#item-" + item.getId();
    }
}
