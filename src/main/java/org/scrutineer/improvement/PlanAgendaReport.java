package org.scrutineer.improvement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The plan's report placed on a meeting's agenda: the day it shows and the report that takes it through sign-off. */
@Entity
@Table(name = "improvement_agenda_report")
public class PlanAgendaReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    protected PlanAgendaReport() {
    }

    PlanAgendaReport(long planId, long meetingId, long reportId, LocalDate asOf, String placedBy, Instant placedAt) {
        this.planId = planId;
        this.meetingId = meetingId;
        this.reportId = reportId;
        this.asOf = asOf;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    public long getPlanId() {
        return planId;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getReportId() {
        return reportId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
