package org.scrutineer.meeting;

import java.util.List;

import org.scrutineer.calendar.CalendarCoverage;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/committees")
class CommitteeApiController {

    private final MeetingService meetings;
    private final CalendarCoverage coverage;

    CommitteeApiController(MeetingService meetings, CalendarCoverage coverage) {
        this.meetings = meetings;
        this.coverage = coverage;
    }

    /** The committee's rules as they are now, applied to each of its meetings that has not started; the meetings come back. */
    @PostMapping("/{id}/reapply-rules")
    List<MeetingJson> reapplyRules(@PathVariable String id, @RequestBody(required = false) MeetingApiController.RulesReapplied body) {
        return meetings.reapplyRulesToFutureMeetings(id, body != null && body.clear()).stream()
                .map(m -> MeetingJson.of(m, coverage)).toList();
    }
}
