package org.scrutineer.improvement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An area to improve under a theme (W1 "The stability, capacity and skill mix of our workforce"), with its outcomes. */
@Entity
@Table(name = "improvement_area")
public class PlanArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id")
    private PlanTheme theme;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanOutcome> outcomes = new ArrayList<>();

    protected PlanArea() {
    }

    PlanArea(PlanTheme theme, String title, int position) {
        this.theme = theme;
        this.title = title;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<PlanOutcome> getOutcomes() {
        return outcomes;
    }

    Optional<PlanOutcome> outcome(String title) {
        return outcomes.stream().filter(o -> PlanText.same(o.getTitle(), title)).findFirst();
    }

    PlanOutcome addOutcome(String title) {
        PlanOutcome outcome = new PlanOutcome(this, title, outcomes.size() + 1);
        outcomes.add(outcome);
        return outcome;
    }
}
