package org.scrutineer.meeting;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A meeting of a committee. {@code startsAt} is London local time. */
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(String committeeId, LocalDateTime startsAt, String venue, Instant now) {
        this.committeeId = committeeId;
        this.startsAt = startsAt;
        this.venue = venue;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moveTo(LocalDateTime newStart, String newVenue, Instant now) {
        this.startsAt = newStart;
        this.venue = newVenue;
        this.updatedAt = now;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
