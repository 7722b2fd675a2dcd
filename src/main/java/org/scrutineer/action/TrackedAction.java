package org.scrutineer.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An action or information request of a committee: what was asked, of whom, by when, and every answer
 * the owner gave. Its status on any day is worked out from those answers and dates, never stored.
 */
@Entity
@Table(name = "tracked_action")
public class TrackedAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private String committeeId;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "minute_number")
    private Integer minute;

    @Column(name = "number_in_minute")
    private Integer numberInMinute;

    @Column(nullable = false, length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionKind kind;

    @Column(name = "owner_user")
    private String ownerUser;

    @Column(name = "owner_group")
    private String ownerGroup;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "owner_email")
    private String ownerEmail;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    @Column(name = "first_due_by", nullable = false)
    private LocalDate firstDueBy;

    @Column(nullable = false)
    private boolean exempt;

    @Column(name = "link_round", nullable = false)
    private int linkRound;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<ActionResponse> responses = new ArrayList<>();

    @Version
    private long version;

    protected TrackedAction() {
    }

    TrackedAction(String committeeId, long meetingId, Integer minute, Integer numberInMinute, String text, ActionKind kind, ActionOwner owner,
                  LocalDate dueBy, boolean exempt, Instant createdAt, LocalDate createdOn, String createdBy) {
        this.committeeId = committeeId;
        this.meetingId = meetingId;
        this.minute = minute;
        this.numberInMinute = numberInMinute;
        this.text = text;
        this.kind = kind;
        this.ownerUser = owner.user();
        this.ownerGroup = owner.group();
        this.ownerName = owner.name();
        this.ownerEmail = owner.email();
        this.dueBy = dueBy;
        this.firstDueBy = dueBy;
        this.exempt = exempt;
        this.createdAt = createdAt;
        this.createdOn = createdOn;
        this.createdBy = createdBy;
    }

    /** Where the action stands at the end of {@code day}. */
    public ActionStatus statusOn(LocalDate day) {
        if (closedOn != null && !closedOn.isAfter(day)) {
            return ActionStatus.CLOSED;
        }
        Optional<ActionResponse> last = lastResponseBy(day);
        if (last.isPresent() && last.get().isDone()) {
            return ActionStatus.RESPONDED;
        }
        return dueByOn(day).isBefore(day) ? ActionStatus.OVERDUE : ActionStatus.OPEN;
    }

    /** The due date as it stood on {@code day}: the first one, or the new date of the last partial answer by then. */
    public LocalDate dueByOn(LocalDate day) {
        return responses.stream().filter(r -> !r.getRespondedOn().isAfter(day) && r.getNewDueBy() != null)
                .reduce((a, b) -> b).map(ActionResponse::getNewDueBy).orElse(firstDueBy);
    }

    public Optional<ActionResponse> lastResponseBy(LocalDate day) {
        return responses.stream().filter(r -> !r.getRespondedOn().isAfter(day)).reduce((a, b) -> b);
    }

    public Optional<ActionResponse> lastResponse() {
        return responses.isEmpty() ? Optional.empty() : Optional.of(responses.get(responses.size() - 1));
    }

    /** Whether a done answer came after the due date it answered. */
    public boolean answeredLate() {
        return lastResponse().filter(ActionResponse::isDone).map(r -> r.getRespondedOn().isAfter(dueByOn(r.getRespondedOn()))).orElse(false);
    }

    public boolean isAnswered() {
        return lastResponse().map(ActionResponse::isDone).orElse(false);
    }

    public boolean isExternal() {
        return ownerEmail != null;
    }

    ActionResponse answer(String response, boolean done, LocalDate newDueBy, LocalDate on, Instant at, String by) {
        ActionResponse answer = new ActionResponse(this, response, done, done ? null : newDueBy, on, at, by);
        responses.add(answer);
        if (!done) {
            dueBy = newDueBy;
            remindersSent = 0;
            escalatedAt = null;
        }
        linkRound++;
        linkExpiresAt = null;
        return answer;
    }

    /** A new link for the owner; the one before it stops working. */
    void newLink(Instant expiresAt) {
        linkRound++;
        linkExpiresAt = expiresAt;
    }

    void reminded() {
        remindersSent++;
    }

    void escalated(Instant at) {
        escalatedAt = at;
    }

    void close(LocalDate on, String note) {
        closedOn = on;
        closingNote = note;
    }

    void reword(String text, boolean exempt) {
        this.text = text;
        this.exempt = exempt;
    }

    public ActionOwner owner() {
        return new ActionOwner(ownerUser, ownerGroup, ownerName, ownerEmail);
    }

    public Long getId() {
        return id;
    }

    public String getCommitteeId() {
        return committeeId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Integer getMinute() {
        return minute;
    }

    public Integer getNumberInMinute() {
        return numberInMinute;
    }

    public String getText() {
        return text;
    }

    public ActionKind getKind() {
        return kind;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public LocalDate getFirstDueBy() {
        return firstDueBy;
    }

    public boolean isExempt() {
        return exempt;
    }

    public int getLinkRound() {
        return linkRound;
    }

    public Instant getLinkExpiresAt() {
        return linkExpiresAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<ActionResponse> getResponses() {
        return List.copyOf(responses);
    }
}
