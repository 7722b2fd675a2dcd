package org.scrutineer.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One reviewer's outcome for one role, with who and when: the report template's reviewers table. */
@Entity
@Table(name = "report_sign_off")
public class SignOff {

    static final String APPROVE = "approve";
    static final String CHANGES = "changes";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "reviewer_user", nullable = false)
    private String reviewerUser;

    @Column(name = "reviewer_name", nullable = false)
    private String reviewerName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    private String comments;

    protected SignOff() {
    }

    SignOff(Report report, ReviewerRole role, String outcome, String reviewerUser, String reviewerName, Instant signedAt, String comments) {
        this.report = report;
        this.role = role.id();
        this.outcome = outcome;
        this.reviewerUser = reviewerUser;
        this.reviewerName = reviewerName;
        this.signedAt = signedAt;
        this.comments = comments;
    }

    public boolean isApproval() {
        return APPROVE.equals(outcome);
    }

    public String getRole() {
        return role;
    }

    public ReviewerRole getReviewerRole() {
        return ReviewerRole.fromId(role).orElseThrow();
    }

    public String getOutcome() {
        return outcome;
    }

    public String getReviewerUser() {
        return reviewerUser;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getComments() {
        return comments;
    }
}
