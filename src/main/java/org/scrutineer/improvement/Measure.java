package org.scrutineer.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * A measure that matters ("Average caseload in assessment teams"): its unit, whether higher or lower
 * is better, its baseline, owner and source, and a target for the end of each quarter with the actual
 * recorded after it.
 */
@Entity
@Table(name = "improvement_measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 50)
    private String unit;

    @Column(name = "higher_is_better", nullable = false)
    private boolean higherIsBetter;

    @Column(precision = 14, scale = 2)
    private BigDecimal baseline;

    @Column(name = "owner_id", length = 64)
    private String owner;

    @Column(length = 300)
    private String source;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("quarterEnd")
    private List<MeasureQuarter> quarters = new ArrayList<>();

    protected Measure() {
    }

    Measure(long planId, String name, String unit, boolean higherIsBetter, BigDecimal baseline, String owner, String source, int position) {
        this.planId = planId;
        this.name = name;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.baseline = baseline;
        this.owner = owner;
        this.source = source;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public boolean isHigherBetter() {
        return higherIsBetter;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public String getOwner() {
        return owner;
    }

    public String getSource() {
        return source;
    }

    public List<MeasureQuarter> getQuarters() {
        return quarters;
    }

    void target(LocalDate quarterEnd, BigDecimal target) {
        quarters.add(new MeasureQuarter(this, quarterEnd, target));
    }

    /** The earliest quarter with no actual yet. */
    Optional<MeasureQuarter> nextToRecord() {
        return quarters.stream().filter(q -> q.getActual() == null).findFirst();
    }

    Optional<MeasureQuarter> quarter(LocalDate quarterEnd) {
        return quarters.stream().filter(q -> q.getQuarterEnd().equals(quarterEnd)).findFirst();
    }
}
