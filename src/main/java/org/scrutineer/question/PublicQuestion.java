package org.scrutineer.question;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

/** A question from a member of the public to a committee meeting, from submission to the minutes. */
@Entity
@Table(name = "public_question")
public class PublicQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "committee_id", nullable = false)
    private String committeeId;

    @Column(name = "asker_name", nullable = false)
    private String askerName;

    @Column(name = "on_behalf_of")
    private String onBehalfOf;

    private String email;

    private String town;

    @Column(name = "lives_or_works_in_area", nullable = false)
    private boolean livesOrWorksInArea;

    @Column(name = "addressed_to", nullable = false)
    private String addressedTo;

    @Column(name = "original_text", nullable = false, length = 10000)
    private String originalText;

    @Column(name = "published_text", length = 10000)
    private String publishedText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionStatus status;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "supplementary_asked")
    private Boolean supplementaryAsked;

    @Column(name = "supplementary_text", length = 10000)
    private String supplementaryText;

    @Column(name = "supplementary_answer", length = 10000)
    private String supplementaryAnswer;

    @Column(name = "written_answer_due")
    private LocalDate writtenAnswerDue;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("addressee")
    private List<QuestionAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected PublicQuestion() {
    }

    PublicQuestion(String reference, long meetingId, String committeeId, QuestionSubmission submission, Instant now) {
        this.reference = reference;
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.askerName = submission.name().strip();
        this.onBehalfOf = submission.onBehalfOf() == null || submission.onBehalfOf().isBlank() ? null : submission.onBehalfOf().strip();
        this.email = submission.email().strip();
        this.town = submission.town().strip();
        this.livesOrWorksInArea = Boolean.TRUE.equals(submission.livesOrWorksInArea());
        this.addressedTo = submission.addressedTo();
        this.originalText = submission.text().strip();
        this.status = QuestionStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /** The text as it is published: the edited text if democratic services edited it, otherwise the original. */
    public String getTextForPublication() {
        return publishedText != null && !publishedText.isBlank() ? publishedText : originalText;
    }

    void accept(String editedText) {
        this.status = QuestionStatus.ACCEPTED;
        this.publishedText = editedText == null || editedText.isBlank() ? null : editedText.strip();
    }

    void reject(RejectionReason reason) {
        this.status = QuestionStatus.REJECTED;
        this.rejectionReason = reason.id();
    }

    void recordAnswer(String addressee, String answer, String answeredBy, Instant now) {
        answers.stream().filter(a -> a.getAddressee().equals(addressee)).findFirst().ifPresentOrElse(
                existing -> existing.revise(answer, answeredBy, now),
                () -> answers.add(new QuestionAnswer(this, addressee, answer, answeredBy, now)));
    }

    void publish(Instant now) {
        this.status = QuestionStatus.PUBLISHED;
        this.publishedAt = now;
    }

    void withdraw(Instant now) {
        this.status = QuestionStatus.WITHDRAWN;
        this.withdrawnAt = now;
    }

    void recordSupplementary(boolean asked, String text, String answer, LocalDate writtenAnswerDue) {
        this.supplementaryAsked = asked;
        this.supplementaryText = asked ? text : null;
        this.supplementaryAnswer = asked ? answer : null;
        this.writtenAnswerDue = writtenAnswerDue;
    }

    void recordWrittenSupplementaryAnswer(String answer) {
        this.supplementaryAnswer = answer;
    }

    void eraseContactDetails(Instant now) {
        this.email = null;
        this.town = null;
        this.erasedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getCommitteeId() {
        return committeeId;
    }

    public String getAskerName() {
        return askerName;
    }

    /** The person the question is asked for, or null when the asker asks for themselves. */
    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    /** Who asked, as published: "Hanna Currie (on behalf of Teresa Fenner)", or the asker's name alone. */
    public String getAskedBy() {
        return onBehalfOf == null ? askerName : askerName + " (on behalf of " + onBehalfOf + ")";
    }

    public String getEmail() {
        return email;
    }

    public String getTown() {
        return town;
    }

    public boolean isLivesOrWorksInArea() {
        return livesOrWorksInArea;
    }

    public String getAddressedTo() {
        return addressedTo;
    }

    public String getOriginalText() {
        return originalText;
    }

    public String getPublishedText() {
        return publishedText;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Boolean getSupplementaryAsked() {
        return supplementaryAsked;
    }

    public String getSupplementaryText() {
        return supplementaryText;
    }

    public String getSupplementaryAnswer() {
        return supplementaryAnswer;
    }

    public LocalDate getWrittenAnswerDue() {
        return writtenAnswerDue;
    }

    public List<QuestionAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
