package org.scrutineer.question;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One addressee's answer to a public question. */
@Entity
@Table(name = "public_question_answer")
public class QuestionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private PublicQuestion question;

    @Column(nullable = false)
    private String addressee;

    @Column(nullable = false, length = 10000)
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected QuestionAnswer() {
    }

    QuestionAnswer(PublicQuestion question, String addressee, String answer, String answeredBy, Instant answeredAt) {
        this.question = question;
        this.addressee = addressee;
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    void revise(String newAnswer, String by, Instant at) {
        this.answer = newAnswer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public String getAddressee() {
        return addressee;
    }

    public String getAddresseeWords() {
        return QuestionAddressee.fromId(addressee).map(QuestionAddressee::words).orElse(addressee);
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
