package org.scrutineer.workprogramme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One topic of a committee's work programme for a municipal year. */
@Entity
@Table(name = "work_programme_item")
public class WorkProgrammeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private String committeeId;

    @Column(name = "year_begins", nullable = false)
    private LocalDate yearBegins;

    @Column(nullable = false, length = 500)
    private String topic;

    @Column(length = 4000)
    private String objectives;

    @Column(length = 4000)
    private String evidence;

    @Column(length = 2000)
    private String attendees;

    @Column(nullable = false)
    private String form;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String status;

    @Column(name = "dropped_reason", length = 2000)
    private String droppedReason;

    @Column(name = "recommendation_id")
    private Long recommendationId;

    @Column(name = "group_members", length = 4000)
    private String groupMembers;

    @Column(name = "group_co_optees", length = 2000)
    private String groupCoOptees;

    @Column(name = "group_scope", length = 4000)
    private String groupScope;

    @Column(name = "group_reports_on")
    private LocalDate groupReportsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WorkProgrammeItem() {
    }

    WorkProgrammeItem(String committeeId, ItemSource source, Long recommendationId, Instant now) {
        this.committeeId = committeeId;
        this.source = source.id();
        this.recommendationId = recommendationId;
        this.createdAt = now;
    }

    /** Takes what was given, already checked; a dropped item keeps its reason, any other has none. */
    void describe(WorkProgrammeChange change, LocalDate yearBegins, Instant now) {
        this.yearBegins = yearBegins;
        this.topic = change.topic().strip();
        this.objectives = blankAsNull(change.objectives());
        this.evidence = blankAsNull(change.evidence());
        this.attendees = blankAsNull(change.attendees());
        this.form = change.form();
        this.meetingId = change.meetingId();
        this.status = change.status() == null || change.status().isBlank() ? ItemStatus.PROPOSED.id() : change.status();
        this.droppedReason = ItemStatus.DROPPED.id().equals(this.status) ? change.droppedReason().strip() : null;
        WorkProgrammeChange.Group group = ScrutinyForm.TASK_AND_FINISH_GROUP.id().equals(form) ? change.taskAndFinishGroup() : null;
        this.groupMembers = group == null ? null : String.join("\n", group.members().stream().map(String::strip).toList());
        this.groupCoOptees = group == null ? null : String.join("\n", group.coOptees().stream().map(String::strip).toList());
        this.groupScope = group == null ? null : blankAsNull(group.scope());
        this.groupReportsOn = group == null ? null : group.reportsOn();
        this.updatedAt = now;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public String getCommitteeId() {
        return committeeId;
    }

    public LocalDate getYearBegins() {
        return yearBegins;
    }

    public String getTopic() {
        return topic;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getAttendees() {
        return attendees;
    }

    public ScrutinyForm getForm() {
        return ScrutinyForm.fromId(form).orElseThrow();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public boolean isReserve() {
        return meetingId == null;
    }

    public ItemSource getSource() {
        return ItemSource.fromId(source).orElseThrow();
    }

    public ItemStatus getStatus() {
        return ItemStatus.fromId(status).orElseThrow();
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public Long getRecommendationId() {
        return recommendationId;
    }

    public List<String> getGroupMembers() {
        return lines(groupMembers);
    }

    public List<String> getGroupCoOptees() {
        return lines(groupCoOptees);
    }

    public String getGroupScope() {
        return groupScope;
    }

    public LocalDate getGroupReportsOn() {
        return groupReportsOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
