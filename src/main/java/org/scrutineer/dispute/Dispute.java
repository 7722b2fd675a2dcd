package org.scrutineer.dispute;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An IRO's dispute about a looked-after child's care plan. It knows the child only by case
 * reference: there is no field for a name. {@code notifiedOn} is day 0 of the current stage;
 * escalation to formal moves it to the escalation date.
 */
@Entity
@Table(name = "dispute")
public class Dispute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_reference", nullable = false)
    private String caseReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeCategory category;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeStatus status;

    @Column(name = "respondent_group", nullable = false)
    private String respondentGroup;

    @Column(name = "raised_by")
    private String raisedBy;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "notified_on", nullable = false)
    private LocalDate notifiedOn;

    @Column(name = "response_due_by")
    private LocalDate responseDueBy;

    @Column(name = "formal_started_on")
    private LocalDate formalStartedOn;

    @Column(name = "meeting_due_by")
    private LocalDate meetingDueBy;

    @Column(name = "resolution_due_by")
    private LocalDate resolutionDueBy;

    @Column(name = "escalation_tier")
    private Integer escalationTier;

    @Column(name = "tier_due_by")
    private LocalDate tierDueBy;

    @Column(name = "informal_response", length = 4000)
    private String informalResponse;

    @Column(name = "formal_response", length = 4000)
    private String formalResponse;

    @Column(name = "no_response_on")
    private LocalDate noResponseOn;

    @Column(name = "meeting_held_on")
    private LocalDate meetingHeldOn;

    @Column(name = "meeting_attendees", length = 2000)
    private String meetingAttendees;

    @Column(name = "meeting_plan", length = 4000)
    private String meetingPlan;

    @Column(name = "cafcass_referred_on")
    private LocalDate cafcassReferredOn;

    @Column(name = "cafcass_outcome", length = 4000)
    private String cafcassOutcome;

    @Column(name = "stage_reached")
    private String stageReached;

    @Column(length = 4000)
    private String resolution;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "within_timescale")
    private Boolean withinTimescale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Dispute() {
    }

    Dispute(String caseReference, DisputeCategory category, String description, String respondentGroup,
            String raisedBy, LocalDate notifiedOn, Instant now) {
        this.caseReference = caseReference;
        this.category = category;
        this.description = description;
        this.respondentGroup = respondentGroup;
        this.raisedBy = raisedBy;
        this.raisedOn = notifiedOn;
        this.notifiedOn = notifiedOn;
        this.status = DisputeStatus.OPEN;
        this.createdAt = now;
    }

    void startInformal(LocalDate responseDueBy) {
        this.stage = DisputeStage.INFORMAL;
        this.responseDueBy = responseDueBy;
    }

    /** Day 0 of the formal stage is {@code on}: the notification date, or the date of escalation. */
    void startFormal(LocalDate on, LocalDate meetingDueBy, LocalDate resolutionDueBy, int tier, LocalDate tierDueBy, String respondentGroup) {
        this.stage = DisputeStage.FORMAL;
        this.notifiedOn = on;
        this.formalStartedOn = on;
        this.meetingDueBy = meetingDueBy;
        this.resolutionDueBy = resolutionDueBy;
        this.escalationTier = tier;
        this.tierDueBy = tierDueBy;
        this.respondentGroup = respondentGroup;
    }

    void answerBy(String group) {
        this.respondentGroup = group;
    }

    void escalateTo(int tier, String group, LocalDate dueBy) {
        this.escalationTier = tier;
        this.respondentGroup = group;
        this.tierDueBy = dueBy;
    }

    void recordResponse(String response) {
        if (stage == DisputeStage.INFORMAL) {
            this.informalResponse = response;
        } else {
            this.formalResponse = response;
        }
    }

    void recordNoResponse(LocalDate on) {
        this.noResponseOn = on;
    }

    void recordMeeting(LocalDate heldOn, String attendees, String plan) {
        this.meetingHeldOn = heldOn;
        this.meetingAttendees = attendees;
        this.meetingPlan = plan;
    }

    void referToCafcass(LocalDate on) {
        this.cafcassReferredOn = on;
    }

    /** The deadline of the stage the dispute is at: the informal response day, or the formal resolution day. */
    public LocalDate stageDeadline() {
        return stage == DisputeStage.INFORMAL ? responseDueBy : resolutionDueBy;
    }

    void resolve(String resolution, LocalDate on) {
        close(DisputeStatus.RESOLVED, stage.id(), resolution, on);
    }

    void recordCafcassOutcome(String outcome, LocalDate on) {
        this.cafcassOutcome = outcome;
        close(DisputeStatus.REFERRED_TO_CAFCASS, "cafcass", outcome, on);
    }

    private void close(DisputeStatus status, String stageReached, String resolution, LocalDate on) {
        this.status = status;
        this.stageReached = stageReached;
        this.resolution = resolution;
        this.resolvedOn = on;
        this.withinTimescale = !on.isAfter(stageDeadline());
    }

    public boolean isOpen() {
        return status == DisputeStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public DisputeCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public DisputeStage getStage() {
        return stage;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public String getRespondentGroup() {
        return respondentGroup;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public LocalDate getResponseDueBy() {
        return responseDueBy;
    }

    public LocalDate getFormalStartedOn() {
        return formalStartedOn;
    }

    public LocalDate getMeetingDueBy() {
        return meetingDueBy;
    }

    public LocalDate getResolutionDueBy() {
        return resolutionDueBy;
    }

    public Integer getEscalationTier() {
        return escalationTier;
    }

    public LocalDate getTierDueBy() {
        return tierDueBy;
    }

    public String getInformalResponse() {
        return informalResponse;
    }

    public String getFormalResponse() {
        return formalResponse;
    }

    public LocalDate getNoResponseOn() {
        return noResponseOn;
    }

    public LocalDate getMeetingHeldOn() {
        return meetingHeldOn;
    }

    public String getMeetingAttendees() {
        return meetingAttendees;
    }

    public String getMeetingPlan() {
        return meetingPlan;
    }

    public LocalDate getCafcassReferredOn() {
        return cafcassReferredOn;
    }

    public String getCafcassOutcome() {
        return cafcassOutcome;
    }

    public String getStageReached() {
        return stageReached;
    }

    public String getResolution() {
        return resolution;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public Boolean getWithinTimescale() {
        return withinTimescale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
