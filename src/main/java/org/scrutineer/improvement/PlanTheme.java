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

/** A theme of the plan ("Our workforce"), with the lead accountable for it and its areas to improve. */
@Entity
@Table(name = "improvement_theme")
public class PlanTheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ImprovementPlan plan;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "accountable_lead", length = 64)
    private String accountableLead;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "theme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanArea> areas = new ArrayList<>();

    protected PlanTheme() {
    }

    PlanTheme(ImprovementPlan plan, String name, String accountableLead, int position) {
        this.plan = plan;
        this.name = name;
        this.accountableLead = accountableLead;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAccountableLead() {
        return accountableLead;
    }

    public List<PlanArea> getAreas() {
        return areas;
    }

    Optional<PlanArea> area(String title) {
        return areas.stream().filter(a -> PlanText.same(a.getTitle(), title)).findFirst();
    }

    PlanArea addArea(String title) {
        PlanArea area = new PlanArea(this, title, areas.size() + 1);
        areas.add(area);
        return area;
    }

    void leadBy(String accountableLead) {
        this.accountableLead = accountableLead;
    }
}
