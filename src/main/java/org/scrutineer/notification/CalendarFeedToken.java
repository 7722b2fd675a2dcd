package org.scrutineer.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's calendar link, kept as the SHA-256 of its secret. */
@Entity
@Table(name = "calendar_feed_token")
class CalendarFeedToken {

    @Id
    @Column(name = "user_id", length = 64)
    private String userId;

    @Column(name = "token_sha256", nullable = false, length = 64, unique = true)
    private String tokenSha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeedToken() {
    }

    CalendarFeedToken(String userId, String tokenSha256, Instant createdAt) {
        this.userId = userId;
        this.tokenSha256 = tokenSha256;
        this.createdAt = createdAt;
    }

    String getUserId() {
        return userId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void replace(String sha256, Instant now) {
        this.tokenSha256 = sha256;
        this.createdAt = now;
    }
}
