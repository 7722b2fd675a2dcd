package org.scrutineer.report;

import java.util.Arrays;
import java.util.List;

/** What the staff page's registration form posts, kept as typed so nothing is lost when it is shown again with errors. */
public class ReportForm {

    private String meetingId;
    private String title;
    private String reportBy;
    private String classification;
    private String exemptParagraph;
    private String decisionType;
    private String wards;
    private boolean resource;
    private boolean legal;
    private boolean procurement;
    private boolean equality;
    private boolean risk;
    private boolean publicInterest;

    ReportRegistrationRequest toRequest() {
        Long meeting;
        try {
            meeting = meetingId == null || meetingId.isBlank() ? null : Long.valueOf(meetingId.strip());
        } catch (NumberFormatException e) {
            meeting = null;
        }
        List<String> wardList = wards == null ? List.of() : Arrays.stream(wards.split("\\R")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        return new ReportRegistrationRequest(meeting, title, reportBy, classification, exemptParagraph, decisionType, wardList,
                new ReportRegistrationRequest.Implications(resource, legal, procurement, equality, risk), publicInterest);
    }

    public String getMeetingId() { return meetingId; }
    public void setMeetingId(String meetingId) { this.meetingId = meetingId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getReportBy() { return reportBy; }
    public void setReportBy(String reportBy) { this.reportBy = reportBy; }
    public String getClassification() { return classification; }
    public void setClassification(String classification) { this.classification = classification; }
    public String getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(String exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public String getDecisionType() { return decisionType; }
    public void setDecisionType(String decisionType) { this.decisionType = decisionType; }
    public String getWards() { return wards; }
    public void setWards(String wards) { this.wards = wards; }
    public boolean isResource() { return resource; }
    public void setResource(boolean resource) { this.resource = resource; }
    public boolean isLegal() { return legal; }
    public void setLegal(boolean legal) { this.legal = legal; }
    public boolean isProcurement() { return procurement; }
    public void setProcurement(boolean procurement) { this.procurement = procurement; }
    public boolean isEquality() { return equality; }
    public void setEquality(boolean equality) { this.equality = equality; }
    public boolean isRisk() { return risk; }
    public void setRisk(boolean risk) { this.risk = risk; }
    public boolean isPublicInterest() { return publicInterest; }
    public void setPublicInterest(boolean publicInterest) { this.publicInterest = publicInterest; }
}
