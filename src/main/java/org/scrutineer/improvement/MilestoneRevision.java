package org.scrutineer.improvement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A milestone's date moved by the action's lead in a progress update: from, to, why, when and by whom. */
@Entity
@Table(name = "improvement_milestone_revision")
public class MilestoneRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id")
    private Milestone milestone;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date", nullable = false)
    private LocalDate to;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "revised_on", nullable = false)
    private LocalDate revisedOn;

    @Column(name = "revised_by", length = 64)
    private String revisedBy;

    protected MilestoneRevision() {
    }

    MilestoneRevision(Milestone milestone, LocalDate from, LocalDate to, String reason, LocalDate revisedOn, String revisedBy) {
        this.milestone = milestone;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.revisedOn = revisedOn;
        this.revisedBy = revisedBy;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getRevisedOn() {
        return revisedOn;
    }

    public String getRevisedBy() {
        return revisedBy;
    }
}
