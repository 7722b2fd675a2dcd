package org.scrutineer.agenda;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A meeting's agenda as a whole: drafted at the report deadline, marked ready by democratic services, published with the pack. */
@Entity
public class Agenda {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgendaStatus status;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Agenda() {
    }

    Agenda(long meetingId, Instant now) {
        this.meetingId = meetingId;
        this.status = AgendaStatus.DRAFT;
        this.draftedAt = now;
    }

    void ready(Instant now) {
        this.readyAt = now;
    }

    void publish(Instant now) {
        this.status = AgendaStatus.PUBLISHED;
        this.publishedAt = now;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public AgendaStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == AgendaStatus.PUBLISHED;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Instant getReadyAt() {
        return readyAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
