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

    public enum Kind { IMPORTED, UPDATED }

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
