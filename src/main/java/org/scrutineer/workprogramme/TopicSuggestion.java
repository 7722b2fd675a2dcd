package org.scrutineer.workprogramme;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A topic a member of the public suggested for a committee's work programme, and the decision on it. */
@Entity
@Table(name = "topic_suggestion")
public class TopicSuggestion {

    static final String RECEIVED = "received";
    static final String ACCEPTED = "accepted";
    static final String MERGED = "merged";
    static final String DECLINED = "declined";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private String committeeId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String town;

    @Column(name = "lives_or_works", nullable = false)
    private boolean livesOrWorks;

    @Column(nullable = false, length = 500)
    private String topic;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(nullable = false)
    private String status;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "contact_erased_at")
    private Instant contactErasedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected TopicSuggestion() {
    }

    TopicSuggestion(String committeeId, TopicSuggestionSubmission s, Instant now) {
        this.committeeId = committeeId;
        this.name = s.name().strip();
        this.email = s.email().strip();
        this.town = s.town().strip();
        this.livesOrWorks = true;
        this.topic = s.topic().strip();
        this.reason = s.reason().strip();
        this.status = RECEIVED;
        this.submittedAt = now;
    }

    void taken(String status, long itemId, Instant now) {
        this.status = status;
        this.itemId = itemId;
        this.decidedAt = now;
    }

    void declined(String reason, Instant now) {
        this.status = DECLINED;
        this.declineReason = reason;
        this.decidedAt = now;
    }

    /** Erases the suggester's name, email and town; the topic and the decision stay. */
    void eraseContactDetails(Instant at) {
        name = "";
        email = "";
        town = "";
        contactErasedAt = at;
    }

    public Instant getContactErasedAt() {
        return contactErasedAt;
    }

    public Long getId() {
        return id;
    }

    public String getCommitteeId() {
        return committeeId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getTown() {
        return town;
    }

    public String getTopic() {
        return topic;
    }

    public String getReason() {
        return reason;
    }

    public String getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getItemId() {
        return itemId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
