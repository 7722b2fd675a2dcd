package org.scrutineer.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who asked for emails about a committee: their address, and when they confirmed it. */
@Entity
@Table(name = "committee_subscription")
class CommitteeSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false, length = 64)
    private String committeeId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected CommitteeSubscription() {
    }

    CommitteeSubscription(String committeeId, String email, Instant now) {
        this.committeeId = committeeId;
        this.email = email;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    String getCommitteeId() {
        return committeeId;
    }

    String getEmail() {
        return email;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }
}
