package org.scrutineer.agenda;

/** The staff page's "Add an item" form, kept as typed when it is shown again with its errors. */
public class AgendaItemForm {

    private String title;
    private String purpose;
    private String leadOfficer;
    private String reportId;
    private String exempt;
    private String exemptParagraph;
    private String lateReason;

    AgendaItemRequest request() {
        Long report = reportId == null || reportId.isBlank() ? null : Long.valueOf(reportId);
        return new AgendaItemRequest(null, title, purpose, leadOfficer, report, "yes".equals(exempt), exemptParagraph, lateReason);
    }

    boolean reportIdReadable() {
        return reportId == null || reportId.isBlank() || reportId.strip().matches("\\d{1,18}");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public void setLeadOfficer(String leadOfficer) {
        this.leadOfficer = leadOfficer;
    }

    public String getReportId() {
        return reportId;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    public String getExempt() {
        return exempt;
    }

    public void setExempt(String exempt) {
        this.exempt = exempt;
    }

    public String getExemptParagraph() {
        return exemptParagraph;
    }

    public void setExemptParagraph(String exemptParagraph) {
        this.exemptParagraph = exemptParagraph;
    }

    public String getLateReason() {
        return lateReason;
    }

    public void setLateReason(String lateReason) {
        this.lateReason = lateReason;
    }
}
