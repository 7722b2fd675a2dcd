package org.scrutineer.improvement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An improvement plan: its title, directorate, period and owner, and its themes in the plan's order. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan {

    static final int TITLE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = 200)
    private String directorate;

    @Column(name = "plan_period", length = 100)
    private String period;

    @Column(name = "owner_id", length = 64)
    private String owner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanTheme> themes = new ArrayList<>();

    protected ImprovementPlan() {
    }

    ImprovementPlan(String title, Instant createdAt) {
        this.title = title;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDirectorate() {
        return directorate;
    }

    public String getPeriod() {
        return period;
    }

    public String getOwner() {
        return owner;
    }

    public List<PlanTheme> getThemes() {
        return themes;
    }

    Optional<PlanTheme> theme(String name) {
        return themes.stream().filter(t -> PlanText.same(t.getName(), name)).findFirst();
    }

    PlanTheme addTheme(String name, String accountableLead) {
        PlanTheme theme = new PlanTheme(this, name, accountableLead, themes.size() + 1);
        themes.add(theme);
        return theme;
    }

    void describe(String title, String directorate, String period, String owner) {
        this.title = title;
        this.directorate = directorate;
        this.period = period;
        this.owner = owner;
    }
}
