package org.scrutineer.meeting;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.scrutineer.calendar.CalendarCoverage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/committees")
class CommitteeApiController {

    private final MeetingService meetings;
    private final CalendarCoverage coverage;
    private final Committees committees;
    private final Membership membership;

    CommitteeApiController(MeetingService meetings, CalendarCoverage coverage, Committees committees, Membership membership) {
        this.meetings = meetings;
        this.coverage = coverage;
        this.committees = committees;
        this.membership = membership;
    }

    @GetMapping("/{id}")
    CommitteeJson get(@PathVariable String id) {
        return CommitteeJson.of(committees.get(id));
    }

    /** The committee's members on {@code asOf}, today if not given. */
    @GetMapping("/{id}/members")
    List<MemberJson> members(@PathVariable String id,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return membership.asOf(id, asOf == null ? membership.today() : asOf);
    }

    @PostMapping("/{id}/members")
    ResponseEntity<MemberJson> addMember(@PathVariable String id, @Valid @RequestBody NewMember body, Authentication who) {
        MemberJson added = membership.add(id, body.candidate(),
                who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        return ResponseEntity.created(URI.create("/api/committees/" + id + "/members?asOf=" + added.from())).body(added);
    }

    /** The committee's rules as they are now, applied to each of its meetings that has not started; the meetings come back. */
    /** The body of {@code PUT /api/committees/{id}/members/{memberId}}: the last day of the term. */
    record TermEnd(@NotNull(message = "Enter the date the term ends, as YYYY-MM-DD") LocalDate to) {
    }

    @PutMapping("/{id}/members/{memberId:\\d+}")
    MemberJson endTerm(@PathVariable String id, @PathVariable long memberId, @Valid @RequestBody TermEnd body, Authentication who) {
        return membership.endTerm(id, memberId, body.to(), who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    @PostMapping("/{id}/reapply-rules")
    List<MeetingJson> reapplyRules(@PathVariable String id, @RequestBody(required = false) MeetingApiController.RulesReapplied body) {
        return meetings.reapplyRulesToFutureMeetings(id, body != null && body.clear()).stream()
                .map(m -> MeetingJson.of(m, coverage)).toList();
    }
}
