package org.scrutineer.improvement;

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

/** A dated milestone of an action; a revised date keeps the first one. */
@Entity
@Table(name = "improvement_milestone")
public class Milestone {

    static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "first_due_on")
    private LocalDate firstDueOn;

    @Column(nullable = false)
    private int position;

    @Column(name = "import_key", nullable = false, length = 64)
    private String importKey;

    protected Milestone() {
    }

    Milestone(PlanAction action, String text, LocalDate dueOn, int position, String importKey) {
        this.action = action;
        this.text = text;
        this.dueOn = dueOn;
        this.firstDueOn = dueOn;
        this.position = position;
        this.importKey = importKey;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getFirstDueOn() {
        return firstDueOn;
    }

    public boolean isRevised() {
        return dueOn != null && firstDueOn != null && !dueOn.equals(firstDueOn);
    }
}
