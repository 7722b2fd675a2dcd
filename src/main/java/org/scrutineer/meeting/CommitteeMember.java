package org.scrutineer.meeting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One person's term on a committee, in one role. Membership changes during a municipal year, so a
 * term has its own dates and a change is a new term, never an edit of the old one: the membership
 * as of any past date (a published agenda's front sheet) stays what it was.
 */
@Entity
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private String committeeId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    private String represents;

    @Column(nullable = false)
    private boolean voting;

    @Column(name = "served_from", nullable = false)
    private LocalDate from;

    @Column(name = "served_to")
    private LocalDate to;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CommitteeMember() {
    }

    CommitteeMember(String committeeId, MemberCandidate candidate, Instant createdAt) {
        this.committeeId = committeeId;
        this.name = candidate.name();
        this.role = candidate.role();
        this.represents = candidate.represents();
        this.voting = candidate.voting();
        this.from = candidate.from();
        this.to = candidate.to();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** The term ends on {@code day}: the member serves on it, and not after. */
    void endOn(LocalDate day) {
        this.to = day;
    }

    public String getCommitteeId() {
        return committeeId;
    }

    public String getName() {
        return name;
    }

    public MemberRole getRole() {
        return role;
    }

    public String getRepresents() {
        return represents;
    }

    public boolean isVoting() {
        return voting;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    boolean servesOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return (to == null || !otherFrom.isAfter(to)) && (otherTo == null || !otherTo.isBefore(from));
    }
}
