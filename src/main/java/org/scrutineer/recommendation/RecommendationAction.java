package org.scrutineer.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An action the executive committed to, and the latest progress its owner reported. */
@Entity
@Table(name = "recommendation_action")
public class RecommendationAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 4000)
    private String action;

    private String owner;

    @Column(name = "by_when")
    private LocalDate byWhen;

    @Column(name = "success_measure", length = 4000)
    private String successMeasure;

    @Column(length = 10000)
    private String progress;

    @Column(name = "progress_at")
    private Instant progressAt;

    @Column(nullable = false)
    private boolean done;

    protected RecommendationAction() {
    }

    RecommendationAction(Recommendation recommendation, int position, ActionPlanItem item) {
        this.recommendation = recommendation;
        this.position = position;
        this.action = item.action();
        this.owner = item.owner();
        this.byWhen = item.byWhen();
        this.successMeasure = item.successMeasure();
    }

    void reportProgress(String progress, boolean done, Instant now) {
        this.progress = progress;
        this.progressAt = now;
        this.done = done;
    }

    public int getPosition() {
        return position;
    }

    public String getAction() {
        return action;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getByWhen() {
        return byWhen;
    }

    public String getSuccessMeasure() {
        return successMeasure;
    }

    public String getProgress() {
        return progress;
    }

    public Instant getProgressAt() {
        return progressAt;
    }

    public boolean isDone() {
        return done;
    }
}
