package org.scrutineer.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    @OneToMany(mappedBy = "milestone", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MilestoneRevision> revisions = new ArrayList<>();

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

    public List<MilestoneRevision> getRevisions() {
        return revisions;
    }

    /** A new date, with the reason; the first date stays as it was. */
    void revise(LocalDate to, String reason, LocalDate on, String by) {
        revisions.add(new MilestoneRevision(this, dueOn, to, reason, on, by));
        this.dueOn = to;
        if (firstDueOn == null) {
            this.firstDueOn = to;
        }
    }

    public boolean isRevised() {
        return dueOn != null && firstDueOn != null && !dueOn.equals(firstDueOn);
    }
}
