package org.scrutineer.recommendation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.scrutineer.calendar.CalendarCoverage;

/**
 * A recommendation in the tracker, with its response status as of a given day; {@code minute} is the
 * minute that resolved it, and {@code exempt} says it was resolved in private and is kept from the public.
 */
public record RecommendationJson(long id, Long meetingId, LocalDate meetingDate, Integer minute, boolean exempt, String topic, String number, String text,
                                 String addressee, String scrutinyType, LocalDate dateSent, LocalDate dueDate,
                                 LocalDate dateReceived, String decision, String response, String leadOfficer,
                                 String respondedBy, String responseWording,
                                 List<Action> actions, List<Extension> extensions, String closure, LocalDate closedOn,
                                 ResponseStatus responseStatus, LocalDate asOf, Long workProgrammeItemId,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String calendarWarning) {

    public record Action(String action, String owner, LocalDate byWhen, String successMeasure, String progress, boolean done) {
    }

    public record Extension(LocalDate previousDueDate, LocalDate newDueDate, String reason, String requestedBy) {
    }

    /** The reminders before and on the due date are counted in working days, so its year must have its bank holidays. */
    static RecommendationJson of(Recommendation r, LocalDate asOf, CalendarCoverage coverage) {
        return new RecommendationJson(r.getId(), r.getMeetingId(), r.getMeetingDate(), r.getMinute(), r.isExempt(), r.getTopic(), r.getNumber(), r.getText(),
                r.getAddressee(), r.getScrutinyType(), r.getDateSent(), r.getDueDate(), r.getDateReceived(), r.getDecision(),
                r.getResponse(), r.getLeadOfficer(), r.getRespondedBy(), r.getResponseWording(),
                r.getActions().stream().map(a -> new Action(a.getAction(), a.getOwner(), a.getByWhen(), a.getSuccessMeasure(),
                        a.getProgress(), a.isDone())).toList(),
                r.getDueDateChanges().stream().map(c -> new Extension(c.getPreviousDueDate(), c.getNewDueDate(), c.getReason(),
                        c.getRequestedBy())).toList(),
                r.getClosure(), r.getClosedOn(), r.statusOn(asOf), asOf, r.getWorkProgrammeItemId(), coverage.warningFor(r.getDueDate()));
    }
}
