package org.scrutineer.recommendation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public tracker: every recommendation resolved in public, the response to it and where it stands, in plain words. */
@Controller
class PublicTrackerController {

    private final RecommendationTracker tracker;

    PublicTrackerController(RecommendationTracker tracker) {
        this.tracker = tracker;
    }

    @GetMapping("/recommendations")
    String tracker(Model model) {
        model.addAttribute("groups", TrackerGroups.of(tracker.all(null).stream().filter(r -> !r.exempt()).toList()));
        return "recommendation/public";
    }
}
