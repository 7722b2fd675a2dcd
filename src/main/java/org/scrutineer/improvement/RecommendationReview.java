package org.scrutineer.improvement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One review of a recommendation: the status it gave, why, when, by whom, and the next review date. */
@Entity
@Table(name = "improvement_recommendation_review")
public class RecommendationReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id")
    private InspectionRecommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecommendationStatus status;

    @Column(length = 2000)
    private String note;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    protected RecommendationReview() {
    }

    RecommendationReview(InspectionRecommendation recommendation, RecommendationStatus status, String note, LocalDate reviewedOn,
                         String reviewedBy, LocalDate nextReviewOn) {
        this.recommendation = recommendation;
        this.status = status;
        this.note = note;
        this.reviewedOn = reviewedOn;
        this.reviewedBy = reviewedBy;
        this.nextReviewOn = nextReviewOn;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }
}
