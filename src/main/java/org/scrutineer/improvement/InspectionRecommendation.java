package org.scrutineer.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A recommendation of the commissioner, Ofsted or a peer review that the plan answers: when it was
 * made, what it says, where it stands, the actions that answer it, when it is next reviewed, and
 * every review.
 */
@Entity
@Table(name = "improvement_recommendation")
public class InspectionRecommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecommendationSource source;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(nullable = false, length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecommendationStatus status;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_status", length = 16)
    private RecommendationStatus firstStatus;

    @Column(nullable = false)
    private int position;

    @ManyToMany
    @JoinTable(name = "improvement_recommendation_action", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "action_id"))
    private Set<PlanAction> actions = new LinkedHashSet<>();

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RecommendationReview> reviews = new ArrayList<>();

    protected InspectionRecommendation() {
    }

    InspectionRecommendation(long planId, RecommendationSource source, LocalDate madeOn, String text, RecommendationStatus status,
                             LocalDate reviewOn, int position) {
        this.planId = planId;
        this.source = source;
        this.madeOn = madeOn;
        this.text = text;
        this.status = status;
        this.firstStatus = status;
        this.reviewOn = reviewOn;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public RecommendationSource getSource() {
        return source;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public String getText() {
        return text;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    /** Where it stood when it was recorded. */
    public RecommendationStatus getFirstStatus() {
        return firstStatus == null ? status : firstStatus;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public Set<PlanAction> getActions() {
        return actions;
    }

    public List<RecommendationReview> getReviews() {
        return reviews;
    }

    void answeredBy(PlanAction action) {
        actions.add(action);
    }

    /** A review: the status now, the note, and the next review date (none once achieved). */
    void reviewed(RecommendationStatus status, String note, LocalDate on, String by, LocalDate next) {
        reviews.add(new RecommendationReview(this, status, note, on, by, next));
        this.status = status;
        this.reviewOn = next;
    }
}
