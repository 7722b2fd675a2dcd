package org.scrutineer.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One email on its way out, with its delivery state. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    private static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = 100000)
    private String body;

    @Column(nullable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(length = 1000)
    private String audience;

    @Column(name = "unsubscribe_url", length = 2000)
    private String unsubscribeUrl;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body, String kind, String audience, Instant now) {
        this.recipient = recipient;
        this.audience = audience;
        this.subject = subject;
        this.body = body;
        this.kind = kind;
        this.status = OutboxStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    OutboxMessage withUnsubscribeUrl(String url) {
        this.unsubscribeUrl = url;
        return this;
    }

    /** The link that stops mail like this, for the {@code List-Unsubscribe} header; null for staff's work mail. */
    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    void claimUntil(Instant until) {
        this.lockedUntil = until;
    }

    void sent(Instant now) {
        this.status = OutboxStatus.SENT;
        this.attempts++;
        this.sentAt = now;
        this.lockedUntil = null;
        this.lastError = null;
    }

    void failed(String error, Instant now, int maxAttempts, Duration wait) {
        this.attempts++;
        this.lastError = error == null ? "Unknown error" : error.substring(0, Math.min(error.length(), MAX_ERROR));
        this.lockedUntil = null;
        if (attempts >= maxAttempts) {
            this.status = OutboxStatus.FAILED;
        } else {
            this.nextAttemptAt = now.plus(wait);
        }
    }

    void retry(Instant now) {
        this.status = OutboxStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getKind() {
        return kind;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    /** Who may see this message in the outbox: null for everyone who reads it, else these groups and administrators. */
    public String getAudience() {
        return audience;
    }
}
