package org.scrutineer.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An action of the plan, known by its reference within the plan: what will be done, its lead (a
 * staff user or group), the outcomes it serves, its dated milestones, and its rating now. Every
 * rating it has had is kept in its updates.
 */
@Entity
@Table(name = "improvement_action")
public class PlanAction {

    static final int REF_LENGTH = 32;
    static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id")
    private PlanTheme theme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private PlanArea area;

    @Column(nullable = false, length = REF_LENGTH)
    private String ref;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "lead_id", length = 64)
    private String lead;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Brag brag;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_on")
    private LocalDate createdOn;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(name = "improvement_action_outcome", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "outcome_id"))
    private Set<PlanOutcome> outcomes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("updatedAt, id")
    private List<ActionUpdate> updates = new ArrayList<>();

    protected PlanAction() {
    }

    PlanAction(long planId, PlanTheme theme, PlanArea area, String ref, String text, String lead, int position, LocalDate createdOn) {
        this.createdOn = createdOn;
        this.planId = planId;
        this.theme = theme;
        this.area = area;
        this.ref = ref;
        this.text = text;
        this.lead = lead;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public PlanTheme getTheme() {
        return theme;
    }

    public PlanArea getArea() {
        return area;
    }

    public String getRef() {
        return ref;
    }

    public String getText() {
        return text;
    }

    public String getLead() {
        return lead;
    }

    public Optional<Brag> getBrag() {
        return Optional.ofNullable(brag);
    }

    /** Whether the action was in the plan on the day. */
    public boolean existedOn(LocalDate day) {
        return createdOn == null || !createdOn.isAfter(day);
    }

    public int getPosition() {
        return position;
    }

    public Set<PlanOutcome> getOutcomes() {
        return outcomes;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public List<ActionUpdate> getUpdates() {
        return updates;
    }

    void serves(PlanOutcome outcome) {
        outcomes.add(outcome);
    }

    Milestone addMilestone(String text, LocalDate dueOn, String importKey) {
        Milestone milestone = new Milestone(this, text, dueOn, milestones.size() + 1, importKey);
        milestones.add(milestone);
        return milestone;
    }

    /** The rating now, kept with the update that set it. */
    void rated(ActionUpdate update) {
        updates.add(update);
        this.brag = update.getBrag().orElse(null);
    }

    /** An update kept in the history that does not change the rating now: a Blue awaiting confirmation, or a missed update. */
    void noted(ActionUpdate update) {
        updates.add(update);
    }

    /** A Blue rating confirmed: the action's rating now. */
    void confirmed(ActionUpdate update) {
        this.brag = update.getBrag().orElse(brag);
    }

    void ledBy(String lead) {
        this.lead = lead;
    }
}
