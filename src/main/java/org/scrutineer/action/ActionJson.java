package org.scrutineer.action;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.scrutineer.calendar.DateWords;

/**
 * An action as the staff API and the tracker show it, as of {@code asOf}: its due date then, its
 * status then, and the owner's last answer by then. {@code owner} is the staff user or group id;
 * a partner has {@code ownerName} and {@code ownerEmail}, which only staff see.
 */
public record ActionJson(long id, String committee, long meetingId, LocalDate meetingDate, Integer minute, String text, String kind,
                         String owner, String ownerName, String ownerEmail, LocalDate dueBy, LocalDate firstDueBy, ActionStatus status,
                         LocalDate asOf, String response, String outcome, LocalDate respondedOn, String respondedBy, boolean answeredLate,
                         int remindersSent, boolean escalated, LocalDate closedOn, String closingNote, boolean exempt, LocalDate setOn) {

    static final List<String> CSV_COLUMNS = List.of("id", "committee", "meeting_id", "meeting_date", "minute", "kind",
            "text", "owner", "owner_name", "owner_email", "due_by", "first_due_by", "status", "as_of", "response", "outcome", "responded_on",
            "responded_by", "answered_late", "reminders_sent", "escalated", "closed_on", "closing_note", "exempt", "set_on");

    static ActionJson of(TrackedAction a, LocalDate meetingDate, LocalDate asOf) {
        Optional<ActionResponse> last = a.lastResponseBy(asOf);
        ActionOwner owner = a.owner();
        return new ActionJson(a.getId(), a.getCommitteeId(), a.getMeetingId(), meetingDate, a.getMinute(), a.getText(), a.getKind().id(),
                owner.user() != null ? owner.user() : owner.group(), owner.name(), owner.email(), a.dueByOn(asOf), a.getFirstDueBy(),
                a.statusOn(asOf), asOf, last.map(ActionResponse::getResponse).orElse(null), last.map(ActionResponse::getOutcome).orElse(null),
                last.map(ActionResponse::getRespondedOn).orElse(null), last.map(ActionResponse::getRespondedBy).orElse(null),
                last.filter(ActionResponse::isDone).isPresent() && a.answeredLate(), a.getRemindersSent(), a.getEscalatedAt() != null,
                a.getClosedOn() != null && !a.getClosedOn().isAfter(asOf) ? a.getClosedOn() : null,
                a.getClosedOn() != null && !a.getClosedOn().isAfter(asOf) ? a.getClosingNote() : null, a.isExempt(), a.getCreatedOn());
    }

    /** The last answer as the public read it, or null before any. */
    String responseInWords(DateWords words) {
        return response == null ? null : ActionResponse.inWords(response, ActionResponse.DONE.equals(outcome), dueBy, words);
    }

    List<Object> csvRow() {
        return Arrays.asList(id, committee, meetingId, meetingDate, minute, kind, text, owner, ownerName, ownerEmail, dueBy,
                firstDueBy, status, asOf, response, outcome, respondedOn, respondedBy, answeredLate, remindersSent, escalated, closedOn,
                closingNote, exempt, setOn);
    }
}
