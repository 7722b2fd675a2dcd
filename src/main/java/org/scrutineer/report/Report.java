package org.scrutineer.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A report to a committee meeting: its attributes, its versions and its sign-off record. */
@Entity
@Table(name = "report")
public class Report {

    public static final String OPEN = "open";
    public static final String EXEMPT = "exempt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false)
    private String title;

    @Column(name = "report_by", nullable = false)
    private String reportBy;

    @Column(nullable = false)
    private String classification;

    @Column(name = "exempt_paragraph")
    private String exemptParagraph;

    @Column(name = "decision_type", nullable = false)
    private String decisionType;

    @Column(nullable = false)
    private String wards;

    @Column(name = "resource_implications", nullable = false)
    private boolean resourceImplications;

    @Column(name = "legal_implications", nullable = false)
    private boolean legalImplications;

    @Column(name = "procurement_implications", nullable = false)
    private boolean procurementImplications;

    @Column(name = "equality_implications", nullable = false)
    private boolean equalityImplications;

    @Column(name = "risk_implications", nullable = false)
    private boolean riskImplications;

    @Column(name = "public_interest", nullable = false)
    private boolean publicInterest;

    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(name = "reviewer_roles")
    private String reviewerRoles;

    @Column(name = "agenda_item")
    private Integer agendaItem;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_by_user")
    private String approvedByUser;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("number")
    private List<ReportVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("signedAt, id")
    private List<SignOff> signOffs = new ArrayList<>();

    @Version
    private long version;

    protected Report() {
    }

    Report(ReportRegistrationRequest r, String author, Instant now) {
        this.meetingId = r.meetingId();
        this.title = r.title().strip();
        this.reportBy = r.reportBy().strip();
        this.classification = r.classification();
        this.exemptParagraph = EXEMPT.equals(r.classification()) ? r.exemptParagraph().strip() : null;
        this.decisionType = r.decisionType();
        this.wards = String.join("\n", r.wards() == null ? List.of() : r.wards().stream().map(String::strip).filter(w -> !w.isEmpty()).toList());
        ReportRegistrationRequest.Implications flags = r.flags();
        this.resourceImplications = Boolean.TRUE.equals(flags.resource());
        this.legalImplications = Boolean.TRUE.equals(flags.legal());
        this.procurementImplications = Boolean.TRUE.equals(flags.procurement());
        this.equalityImplications = Boolean.TRUE.equals(flags.equality());
        this.riskImplications = Boolean.TRUE.equals(flags.risk());
        this.publicInterest = Boolean.TRUE.equals(r.publicInterest());
        this.author = author;
        this.status = ReportStatus.CHOOSING_REVIEWERS;
        this.registeredAt = now;
    }

    /** The attributes the report-reviewers decision reads. */
    public Map<String, Object> decisionInputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("resourceImplications", resourceImplications);
        inputs.put("legalImplications", legalImplications);
        inputs.put("procurementImplications", procurementImplications);
        inputs.put("equalityImplications", equalityImplications);
        inputs.put("riskImplications", riskImplications);
        inputs.put("decisionType", decisionType);
        inputs.put("classification", classification);
        inputs.put("publicInterest", publicInterest);
        return inputs;
    }

    ReportVersion addVersion(String fileName, DocumentType type, long size, String uploadedBy, Instant now) {
        ReportVersion added = new ReportVersion(this, versions.size() + 1, fileName, type, size, uploadedBy, now);
        versions.add(added);
        return added;
    }

    void chooseReviewers(List<ReviewerRole> roles) {
        this.reviewerRoles = String.join(",", roles.stream().map(ReviewerRole::id).toList());
        this.status = ReportStatus.IN_REVIEW;
    }

    void recordReview(ReviewerRole role, String outcome, String user, String name, Instant now, String comments) {
        signOffs.add(new SignOff(this, role, outcome, user, name, now, comments));
    }

    void moveTo(ReportStatus next) {
        this.status = next;
    }

    void approve(String user, String name, LocalDate on) {
        this.approvedByUser = user;
        this.approvedBy = name;
        this.approvedOn = on;
        this.status = ReportStatus.APPROVED;
    }

    void publish(Instant now) {
        this.status = ReportStatus.PUBLISHED;
        this.publishedAt = now;
    }

    void placeOnAgenda(Integer item) {
        this.agendaItem = item;
    }

    public boolean isExempt() {
        return EXEMPT.equals(classification);
    }

    public List<ReviewerRole> getChosenRoles() {
        if (reviewerRoles == null || reviewerRoles.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reviewerRoles.split(",")).map(id -> ReviewerRole.fromId(id).orElseThrow()).sorted().toList();
    }

    /** The latest sign-off of each chosen role, in the template's order; a role not yet reviewed has none. */
    public Map<ReviewerRole, Optional<SignOff>> latestSignOffs() {
        Map<ReviewerRole, Optional<SignOff>> latest = new LinkedHashMap<>();
        for (ReviewerRole role : getChosenRoles()) {
            latest.put(role, signOffs.stream().filter(s -> s.getReviewerRole() == role).reduce((earlier, later) -> later));
        }
        return latest;
    }

    public Optional<ReportVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public List<String> getWardList() {
        return wards.isEmpty() ? List.of() : List.of(wards.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getTitle() {
        return title;
    }

    public String getReportBy() {
        return reportBy;
    }

    public String getClassification() {
        return classification;
    }

    public String getExemptParagraph() {
        return exemptParagraph;
    }

    public String getDecisionType() {
        return decisionType;
    }

    public boolean isResourceImplications() {
        return resourceImplications;
    }

    public boolean isLegalImplications() {
        return legalImplications;
    }

    public boolean isProcurementImplications() {
        return procurementImplications;
    }

    public boolean isEqualityImplications() {
        return equalityImplications;
    }

    public boolean isRiskImplications() {
        return riskImplications;
    }

    public boolean isPublicInterest() {
        return publicInterest;
    }

    public String getAuthor() {
        return author;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Integer getAgendaItem() {
        return agendaItem;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getApprovedByUser() {
        return approvedByUser;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<ReportVersion> getVersions() {
        return versions;
    }

    public List<SignOff> getSignOffs() {
        return signOffs;
    }
}
