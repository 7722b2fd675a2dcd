package org.scrutineer.minutes;

import java.util.Optional;

import org.scrutineer.identity.Roles;
import org.scrutineer.identity.StaffGroups;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's minutes through the API: read by democratic services, the chairs and the statutory
 * scrutiny officer (they hold the exempt minutes); recorded by democratic services until the chair
 * has them; a published draft reopened for correction with the reason.
 */
@RestController
@RequestMapping("/api/meetings/{id}/minutes")
class MinutesApiController {

    private final MinutesService minutes;
    private final MinutesDocuments documents;
    private final MeetingService meetings;

    MinutesApiController(MinutesService minutes, MinutesDocuments documents, MeetingService meetings) {
        this.minutes = minutes;
        this.documents = documents;
        this.meetings = meetings;
    }

    record CorrectionRequest(String reason) {
    }

    @GetMapping
    MinutesJson get(@PathVariable long id, Authentication who) {
        if (StaffGroups.of(who).stream().noneMatch(MinutesAccessRules.READERS::contains)) {
            throw new NotFound("There are no minutes at this address");
        }
        ScheduledMeeting meeting = meetings.get(id);
        MinutesBody body = minutes.body(id);
        Optional<Minutes> stored = minutes.find(id);
        boolean published = documents.latest(id).isPresent();
        return new MinutesJson(id, stored.map(m -> m.getStatus().id()).orElse(MinutesStatus.RECORDING.id()),
                stored.map(m -> m.getStatus().words()).orElse("Not recorded yet"), minutes.firstMinuteNumber(meeting),
                minutes.awaitingConfirmation(meeting).map(Minutes::getMeetingId).orElse(null),
                body.attendance(), body.declarations(), body.items(), body.confirmation(), body.withdrawals(),
                stored.map(Minutes::getChairComments).orElse(null),
                published ? "/meetings/" + id + "/minutes" : null, published ? "/meetings/" + id + "/minutes.pdf" : null);
    }

    @PutMapping
    MinutesJson put(@PathVariable long id, @RequestBody(required = false) MinutesBody body, Authentication who) {
        mustRecord(who);
        if (body == null) {
            throw Refusal.invalid("attendance", "Send the minutes: attendance, declarations and items");
        }
        minutes.record(id, body, who.getName());
        return get(id, who);
    }

    @PostMapping("/correction")
    MinutesJson correction(@PathVariable long id, @RequestBody(required = false) CorrectionRequest body, Authentication who) {
        mustRecord(who);
        minutes.requestCorrection(id, body == null ? null : body.reason());
        return get(id, who);
    }

    private static void mustRecord(Authentication who) {
        if (!StaffGroups.of(who).contains(Roles.DEMOCRATIC_SERVICES)) {
            throw Refusal.of(HttpStatus.FORBIDDEN, "Only democratic services record and correct a meeting's minutes");
        }
    }
}
