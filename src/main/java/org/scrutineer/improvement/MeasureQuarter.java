package org.scrutineer.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A measure's target for the quarter ending on a day, and the actual its owner recorded, when and by whom. */
@Entity
@Table(name = "improvement_measure_quarter")
public class MeasureQuarter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    @Column(name = "quarter_end", nullable = false)
    private LocalDate quarterEnd;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal target;

    @Column(precision = 14, scale = 2)
    private BigDecimal actual;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    protected MeasureQuarter() {
    }

    MeasureQuarter(Measure measure, LocalDate quarterEnd, BigDecimal target) {
        this.measure = measure;
        this.quarterEnd = quarterEnd;
        this.target = target;
    }

    public LocalDate getQuarterEnd() {
        return quarterEnd;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    void recorded(BigDecimal actual, LocalDate on, String by) {
        this.actual = actual;
        this.recordedOn = on;
        this.recordedBy = by;
    }
}
