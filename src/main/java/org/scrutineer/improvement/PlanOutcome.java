package org.scrutineer.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An outcome of an area ("1.1 Social workers have caseloads they can manage"), which actions serve. */
@Entity
@Table(name = "improvement_outcome")
public class PlanOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    private PlanArea area;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false)
    private int position;

    protected PlanOutcome() {
    }

    PlanOutcome(PlanArea area, String title, int position) {
        this.area = area;
        this.title = title;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
