package org.scrutineer.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A meeting of a committee. {@code startsAt} is London local time. It stores the deadlines it was
 * announced with, computed from its committee's rules when it was scheduled; a deadline set by hand
 * stays as set until the rules are re-applied with the overrides cleared.
 */
@Entity
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private String committeeId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(nullable = false)
    private String venue;

    @Column(name = "question_deadline", nullable = false)
    private LocalDateTime questionDeadline;

    @Column(name = "report_deadline", nullable = false)
    private LocalDate reportDeadline;

    @Column(name = "agenda_publication_date", nullable = false)
    private LocalDate agendaPublicationDate;

    @Column(name = "question_deadline_overridden", nullable = false)
    private boolean questionDeadlineOverridden;

    @Column(name = "report_deadline_overridden", nullable = false)
    private boolean reportDeadlineOverridden;

    @Column(name = "agenda_publication_overridden", nullable = false)
    private boolean agendaPublicationDateOverridden;

    @Column(name = "deadline_override_reason", length = 1000)
    private String deadlineOverrideReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(String committeeId, LocalDateTime startsAt, String venue, MeetingDeadlines fromRules, Instant now) {
        this.committeeId = committeeId;
        this.startsAt = startsAt;
        this.venue = venue;
        this.createdAt = now;
        this.updatedAt = now;
        follow(fromRules);
    }

    /** Moves the meeting; every deadline not set by hand takes the rules' new value. */
    void moveTo(LocalDateTime newStart, MeetingDeadlines fromRules, Instant now) {
        if (!newStart.equals(startsAt)) {
            calendarSequence++;
        }
        this.startsAt = newStart;
        this.updatedAt = now;
        follow(fromRules);
    }

    void cancel(String reason, Instant now) {
        calendarSequence++;
        this.cancelledAt = now;
        this.cancellationReason = reason;
        this.updatedAt = now;
    }

    /** The event's SEQUENCE in the calendar feeds: raised by each move, change of venue and the cancellation. */
    public int getCalendarSequence() {
        return calendarSequence;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    void changeVenue(String newVenue, Instant now) {
        if (!java.util.Objects.equals(newVenue, venue)) {
            calendarSequence++;
        }
        this.venue = newVenue;
        this.updatedAt = now;
    }

    void override(DeadlineOverride change, Instant now) {
        if (change.questionDeadline() != null) {
            questionDeadline = change.questionDeadline();
            questionDeadlineOverridden = true;
        }
        if (change.reportDeadline() != null) {
            reportDeadline = change.reportDeadline();
            reportDeadlineOverridden = true;
        }
        if (change.agendaPublicationDate() != null) {
            agendaPublicationDate = change.agendaPublicationDate();
            agendaPublicationDateOverridden = true;
        }
        deadlineOverrideReason = change.reason().strip();
        updatedAt = now;
    }

    /** Takes the rules' deadlines for every deadline not set by hand, or for all of them once the overrides are cleared. */
    void applyRules(MeetingDeadlines fromRules, boolean clearOverrides, Instant now) {
        if (clearOverrides) {
            questionDeadlineOverridden = false;
            reportDeadlineOverridden = false;
            agendaPublicationDateOverridden = false;
            deadlineOverrideReason = null;
        }
        follow(fromRules);
        updatedAt = now;
    }

    private void follow(MeetingDeadlines fromRules) {
        if (!questionDeadlineOverridden) {
            questionDeadline = fromRules.questionDeadline();
        }
        if (!reportDeadlineOverridden) {
            reportDeadline = fromRules.reportDeadline();
        }
        if (!agendaPublicationDateOverridden) {
            agendaPublicationDate = fromRules.agendaPublicationDate();
        }
    }

    public MeetingDeadlines deadlines() {
        return new MeetingDeadlines(questionDeadline, reportDeadline, agendaPublicationDate);
    }

    public Long getId() {
        return id;
    }

    public String getCommitteeId() {
        return committeeId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public String getVenue() {
        return venue;
    }

    public boolean isQuestionDeadlineOverridden() {
        return questionDeadlineOverridden;
    }

    public boolean isReportDeadlineOverridden() {
        return reportDeadlineOverridden;
    }

    public boolean isAgendaPublicationDateOverridden() {
        return agendaPublicationDateOverridden;
    }

    public String getDeadlineOverrideReason() {
        return deadlineOverrideReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
