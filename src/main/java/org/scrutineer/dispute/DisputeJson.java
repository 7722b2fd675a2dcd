package org.scrutineer.dispute;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A dispute as {@code GET /api/disputes} shows it. Dates are London dates; days are working days. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DisputeJson(
        long id,
        String caseReference,
        String category,
        String stage,
        String status,
        String respondentGroup,
        String description,
        LocalDate raisedOn,
        LocalDate notifiedOn,
        LocalDate responseDueBy,
        LocalDate meetingDueBy,
        LocalDate resolutionDueBy,
        Integer escalationTier,
        LocalDate tierDueBy,
        int workingDaysElapsed,
        boolean overdue,
        String informalResponse,
        String formalResponse,
        Meeting meeting,
        Cafcass cafcass,
        Outcome outcome,
        List<String> waitingAt,
        String calendarWarning) {

    record Meeting(LocalDate heldOn, String attendees, String agreedPlan) {
    }

    record Cafcass(LocalDate referredOn, String outcome) {
    }

    record Outcome(String stageReached, String resolution, LocalDate resolvedOn, boolean withinTimescale) {
    }
}
