package org.scrutineer.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One rating of an action, with the progress and reason given and who gave it: as imported, or an update by its lead. */
@Entity
@Table(name = "improvement_update")
public class ActionUpdate {

    public enum Kind { IMPORTED, UPDATED, MISSED }

    /** Whether a Blue rating is confirmed by the theme's accountable lead; none for other ratings. */
    public enum Confirmation { PENDING, CONFIRMED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Brag brag;

    @Column(length = 4000)
    private String progress;

    @Column(length = 2000)
    private String reason;

    @Column(name = "updated_on", nullable = false)
    private LocalDate updatedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(length = 4000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Confirmation confirmation;

    @Column(name = "confirmation_note", length = 2000)
    private String confirmationNote;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    protected ActionUpdate() {
    }

    ActionUpdate(PlanAction action, Kind kind, Brag brag, String progress, String reason, LocalDate updatedOn, Instant updatedAt, String updatedBy) {
        this.action = action;
        this.kind = kind;
        this.brag = brag;
        this.progress = progress;
        this.reason = reason;
        this.updatedOn = updatedOn;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /** A Blue rating with its evidence, to be confirmed by the theme's accountable lead. */
    ActionUpdate awaitingConfirmation(String evidence) {
        this.evidence = evidence;
        this.confirmation = Confirmation.PENDING;
        return this;
    }

    void decided(boolean confirmed, String note, String by, LocalDate on) {
        this.confirmation = confirmed ? Confirmation.CONFIRMED : Confirmation.REFUSED;
        this.confirmationNote = note;
        this.confirmedBy = by;
        this.confirmedOn = on;
    }

    public Long getId() {
        return id;
    }

    public String getEvidence() {
        return evidence;
    }

    public Optional<Confirmation> getConfirmation() {
        return Optional.ofNullable(confirmation);
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    /** The rating this entry gave the action as of {@code day}: a Blue only once confirmed by then; none for a missed update. */
    Optional<Brag> ratingAsOf(LocalDate day) {
        if (updatedOn.isAfter(day) || kind == Kind.MISSED) {
            return Optional.empty();
        }
        if (confirmation != null) {
            return confirmation == Confirmation.CONFIRMED && confirmedOn != null && !confirmedOn.isAfter(day) ? getBrag() : Optional.empty();
        }
        return getBrag();
    }

    public String getConfirmationNote() {
        return confirmationNote;
    }

    public Kind getKind() {
        return kind;
    }

    public Optional<Brag> getBrag() {
        return Optional.ofNullable(brag);
    }

    public String getProgress() {
        return progress;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
