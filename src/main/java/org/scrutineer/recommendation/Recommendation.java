package org.scrutineer.recommendation;

import java.time.Instant;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A committee's recommendation, and what became of it: sent, responded to, actioned or closed. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false, length = 10000)
    private String text;

    @Column(nullable = false)
    private String addressee;

    @Column(name = "scrutiny_type", nullable = false)
    private String scrutinyType;

    @Column(name = "portfolio_holder")
    private String portfolioHolder;

    @Column(name = "date_sent")
    private LocalDate dateSent;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "date_received")
    private LocalDate dateReceived;

    private String decision;

    @Column(length = 10000)
    private String response;

    @Column(name = "lead_officer")
    private String leadOfficer;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "response_wording")
    private String responseWording;

    private String closure;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "import_key")
    private String importKey;

    @Column(name = "minute_number")
    private Integer minute;

    @Column(name = "withdrawn_reason", length = 4000)
    private String withdrawnReason;

    private boolean exempt;

    @Column(name = "work_programme_item_id")
    private Long workProgrammeItemId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<RecommendationAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("recordedAt")
    private List<DueDateChange> dueDateChanges = new ArrayList<>();

    @Version
    private long version;

    protected Recommendation() {
    }

    Recommendation(Long meetingId, LocalDate meetingDate, String topic, String number, String text, Addressee addressee,
                   ScrutinyType scrutinyType, String portfolioHolder, Instant now) {
        this.meetingId = meetingId;
        this.meetingDate = meetingDate;
        this.topic = topic.strip();
        this.number = number.strip();
        this.text = text.strip();
        this.addressee = addressee.id();
        this.scrutinyType = scrutinyType.id();
        this.portfolioHolder = portfolioHolder == null || portfolioHolder.isBlank() ? null : portfolioHolder.strip();
        this.createdAt = now;
    }

    /** A row of an imported tracker, with its dates and response as the spreadsheet had them. */
    static Recommendation imported(LocalDate meetingDate, String topic, String number, String text, Addressee addressee,
                                   LocalDate dateSent, LocalDate dueDate, LocalDate dateReceived, Decision decision,
                                   String response, String importKey, Instant now) {
        Recommendation r = new Recommendation(null, meetingDate, topic, number, text, addressee, ScrutinyType.GENERAL, null, now);
        r.dateSent = dateSent;
        r.dueDate = dueDate;
        r.dateReceived = dateReceived;
        r.decision = decision == null ? null : decision.id();
        r.response = blankAsNull(response);
        r.importKey = importKey;
        return r;
    }

    /** Who gave an imported response, and the words the tracker stated its decision in. */
    Recommendation answeredAs(String respondedBy, String responseWording) {
        this.respondedBy = blankAsNull(respondedBy);
        this.responseWording = blankAsNull(responseWording);
        return this;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void meetingMovedTo(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    void markSent(LocalDate on, LocalDate due) {
        this.dateSent = on;
        this.dueDate = due;
    }

    void extend(LocalDate newDueDate, String reason, String requestedBy, Instant now) {
        dueDateChanges.add(new DueDateChange(this, dueDate, newDueDate, reason, requestedBy, now));
        this.dueDate = newDueDate;
    }

    void recordResponse(Decision decision, String reasons, List<ActionPlanItem> plan, String leadOfficer, String respondedBy,
                        LocalDate received) {
        this.decision = decision.id();
        this.response = blankAsNull(reasons);
        this.leadOfficer = blankAsNull(leadOfficer);
        this.respondedBy = blankAsNull(respondedBy);
        this.responseWording = null;
        this.dateReceived = received;
        actions.clear();
        for (int i = 0; i < plan.size(); i++) {
            actions.add(new RecommendationAction(this, i, plan.get(i)));
        }
    }

    /** Resolved in the meeting's minutes: known by its minute, and kept from the public when the item was exempt. */
    Recommendation fromMinute(int minute, boolean exempt) {
        this.minute = minute;
        this.exempt = exempt;
        return this;
    }

    /** The minutes were corrected before it was sent: it is worded, addressed and placed as they now say. */
    void reword(String topic, String text, Addressee addressee, ScrutinyType scrutinyType, boolean exempt) {
        this.topic = topic.strip();
        this.text = text.strip();
        this.addressee = addressee.id();
        this.scrutinyType = scrutinyType.id();
        this.exempt = exempt;
    }

    /** The committee made it to itself: it became this item of its work programme. */
    void addedToWorkProgramme(long itemId, LocalDate on) {
        this.workProgrammeItemId = itemId;
        close(Closure.ADDED_TO_WORK_PROGRAMME, on);
    }

    /** Put back into the minutes after it was withdrawn: open again, as if just recorded. */
    void reinstate() {
        this.withdrawnReason = null;
        this.closure = null;
        this.closedOn = null;
    }

    /** Taken out of the minutes before it was sent, with the reason the clerk gave. */
    void withdraw(String reason, LocalDate on) {
        this.withdrawnReason = reason.strip();
        close(Closure.WITHDRAWN, on);
    }

    void close(Closure closure, LocalDate on) {
        this.closure = closure.id();
        this.closedOn = on;
    }

    RecommendationAction action(int position) {
        return actions.stream().filter(a -> a.getPosition() == position).findFirst()
                .orElseThrow(() -> new IllegalStateException("Recommendation " + id + " has no action " + position));
    }

    public Addressee addresseeKind() {
        return Addressee.fromId(addressee).orElseThrow();
    }

    public ScrutinyType scrutinyKind() {
        return ScrutinyType.fromId(scrutinyType).orElseThrow();
    }

    public ResponseStatus statusOn(LocalDate asOf) {
        return ResponseStatus.of(this, asOf);
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getTopic() {
        return topic;
    }

    public String getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getAddressee() {
        return addressee;
    }

    public String getScrutinyType() {
        return scrutinyType;
    }

    public String getPortfolioHolder() {
        return portfolioHolder;
    }

    public LocalDate getDateSent() {
        return dateSent;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getDateReceived() {
        return dateReceived;
    }

    public String getDecision() {
        return decision;
    }

    public String getResponse() {
        return response;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public String getRespondedBy() {
        return respondedBy;
    }

    public String getResponseWording() {
        return responseWording;
    }

    public String getClosure() {
        return closure;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getImportKey() {
        return importKey;
    }

    public Integer getMinute() {
        return minute;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public boolean isExempt() {
        return exempt;
    }

    public Long getWorkProgrammeItemId() {
        return workProgrammeItemId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RecommendationAction> getActions() {
        return List.copyOf(actions);
    }

    public List<DueDateChange> getDueDateChanges() {
        return List.copyOf(dueDateChanges);
    }
}
