package org.scrutineer.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One item on a meeting's agenda, at its place in the agenda order. A report's item links the report;
 * an exempt item carries its Schedule 12A paragraph; a late item the reason the chair agreed to take
 * it; a report not approved when the pack was published is "to follow".
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgendaItemKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 2000)
    private String purpose;

    @Column(name = "lead_officer", length = 255)
    private String leadOfficer;

    @Column(name = "report_id")
    private Long reportId;

    @Column(nullable = false)
    private boolean exempt;

    @Column(name = "exempt_paragraph", length = 255)
    private String exemptParagraph;

    @Column(name = "late_reason", length = 1000)
    private String lateReason;

    @Column(name = "to_follow", nullable = false)
    private boolean toFollow;

    @Column(length = 32)
    private String pages;

    protected AgendaItem() {
    }

    AgendaItem(long meetingId, AgendaItemKind kind, String title, String purpose, String leadOfficer, Long reportId,
               boolean exempt, String exemptParagraph, String lateReason) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.title = title;
        this.purpose = purpose;
        this.leadOfficer = leadOfficer;
        this.reportId = reportId;
        this.exempt = exempt;
        this.exemptParagraph = exemptParagraph;
        this.lateReason = lateReason;
    }

    void placeAt(int position) {
        this.position = position;
    }

    void describe(String title, String purpose, String leadOfficer) {
        this.title = title;
        this.purpose = purpose;
        this.leadOfficer = leadOfficer;
    }

    void classify(boolean exempt, String exemptParagraph) {
        this.exempt = exempt;
        this.exemptParagraph = exempt ? exemptParagraph : null;
    }

    void markLate(String lateReason) {
        this.lateReason = lateReason;
    }

    /** The pages of the published pack the item takes, as "5 to 24", or none. */
    void pages(String pages) {
        this.pages = pages;
    }

    public String getPages() {
        return pages;
    }

    void toFollow(boolean toFollow) {
        this.toFollow = toFollow;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getPosition() {
        return position;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public Long getReportId() {
        return reportId;
    }

    public boolean isExempt() {
        return exempt;
    }

    public String getExemptParagraph() {
        return exemptParagraph;
    }

    public String getLateReason() {
        return lateReason;
    }

    public boolean isLate() {
        return lateReason != null;
    }

    public boolean isToFollow() {
        return toFollow;
    }

    public boolean isStandard() {
        return kind != AgendaItemKind.REPORT && kind != AgendaItemKind.OTHER;
    }
}
