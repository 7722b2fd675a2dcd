package org.scrutineer.minutes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A meeting's minutes as stored: the recorded body as JSON, where they stand, and who approved and confirmed them when. */
@Entity
@Table(name = "minutes")
public class Minutes {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "committee_id", nullable = false)
    private String committeeId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(nullable = false, length = 1000000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MinutesStatus status;

    @Column(name = "chair_comments", length = 10000)
    private String chairComments;

    @Column(name = "correction_reason", length = 4000)
    private String correctionReason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_at_meeting")
    private Long confirmedAtMeeting;

    @Column(length = 10000)
    private String amendments;

    @Version
    private long version;

    protected Minutes() {
    }

    Minutes(long meetingId, String committeeId, LocalDate meetingDate, Instant now) {
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.meetingDate = meetingDate;
        this.status = MinutesStatus.RECORDING;
        this.body = "{}";
        this.recordedAt = now;
    }

    void record(String body, String by, Instant now) {
        this.body = body;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    void completed(Instant now) {
        this.status = MinutesStatus.WITH_THE_CHAIR;
        this.completedAt = now;
    }

    void returned(String comments) {
        this.status = MinutesStatus.RETURNED;
        this.chairComments = comments;
    }

    void approved(String by, Instant now) {
        this.status = MinutesStatus.DRAFT_PUBLISHED;
        this.approvedBy = by;
        this.approvedAt = now;
        this.chairComments = null;
    }

    void correcting(String reason) {
        this.status = MinutesStatus.CORRECTING;
        this.correctionReason = reason;
    }

    void confirmed(long atMeeting, String amendments, Instant now) {
        this.status = MinutesStatus.CONFIRMED;
        this.confirmedAtMeeting = atMeeting;
        this.amendments = amendments == null || amendments.isBlank() ? null : amendments.strip();
        this.confirmedAt = now;
    }

    void meetingMovedTo(LocalDate date) {
        this.meetingDate = date;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getCommitteeId() {
        return committeeId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    String getBody() {
        return body;
    }

    public MinutesStatus getStatus() {
        return status;
    }

    public String getChairComments() {
        return chairComments;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Long getConfirmedAtMeeting() {
        return confirmedAtMeeting;
    }

    public String getAmendments() {
        return amendments;
    }
}
