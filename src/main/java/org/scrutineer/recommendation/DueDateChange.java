package org.scrutineer.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An extension the executive asked for: the due date before and after, and why. */
@Entity
@Table(name = "recommendation_due_date_change")
public class DueDateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;

    @Column(name = "previous_due_date")
    private LocalDate previousDueDate;

    @Column(name = "new_due_date", nullable = false)
    private LocalDate newDueDate;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DueDateChange() {
    }

    DueDateChange(Recommendation recommendation, LocalDate previousDueDate, LocalDate newDueDate, String reason,
                  String requestedBy, Instant recordedAt) {
        this.recommendation = recommendation;
        this.previousDueDate = previousDueDate;
        this.newDueDate = newDueDate;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate getPreviousDueDate() {
        return previousDueDate;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
