package org.scrutineer.agenda;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A supplement to a published agenda, numbered in the order it first appeared: a report that was to
 * follow, published once approved, or the public questions with their approved answers.
 */
@Entity
@Table(name = "agenda_supplement")
public class AgendaSupplement {

    public enum Kind { REPORT, QUESTIONS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "content_sha", length = 64)
    private String contentSha;

    protected AgendaSupplement() {
    }

    AgendaSupplement(long meetingId, int number, Kind kind, Long reportId, Instant publishedAt) {
        this.meetingId = meetingId;
        this.number = number;
        this.kind = kind;
        this.reportId = reportId;
        this.publishedAt = publishedAt;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getNumber() {
        return number;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getReportId() {
        return reportId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Whether the latest version was built from exactly this content. */
    boolean builtFrom(String sha) {
        return sha.equals(contentSha);
    }

    void built(String sha) {
        this.contentSha = sha;
    }
}
