package org.scrutineer.action;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.scrutineer.calendar.DateWords;

/** One answer of an action's owner: done, or partly done with the new date for the rest. */
@Entity
@Table(name = "action_response")
public class ActionResponse {

    static final String DONE = "done";
    static final String PARTIAL = "partial";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private TrackedAction action;

    @Column(nullable = false, length = 4000)
    private String response;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "new_due_by")
    private LocalDate newDueBy;

    @Column(name = "responded_on", nullable = false)
    private LocalDate respondedOn;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    @Column(name = "responded_by", nullable = false)
    private String respondedBy;

    protected ActionResponse() {
    }

    ActionResponse(TrackedAction action, String response, boolean done, LocalDate newDueBy, LocalDate respondedOn, Instant respondedAt,
                   String respondedBy) {
        this.action = action;
        this.response = response;
        this.outcome = done ? DONE : PARTIAL;
        this.newDueBy = newDueBy;
        this.respondedOn = respondedOn;
        this.respondedAt = respondedAt;
        this.respondedBy = respondedBy;
    }

    /** The answer as the committee and the public read it: in part, it says when the rest is due. */
    public String inWords(DateWords words) {
        return inWords(response, isDone(), newDueBy, words);
    }

    static String inWords(String response, boolean done, LocalDate restDueBy, DateWords words) {
        return done ? response : "In part: " + response + " The rest is due by " + words.date(restDueBy) + ".";
    }

    public boolean isDone() {
        return DONE.equals(outcome);
    }

    public String getResponse() {
        return response;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getNewDueBy() {
        return newDueBy;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getRespondedBy() {
        return respondedBy;
    }
}
