package org.scrutineer.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.identity.Roles;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits on each committee, as of any date. Terms are added, by democratic services or from the
 * members a council lists in {@code config/}; the configured ones are seeded only into a committee
 * with no members yet, so that a restart never undoes a change made since.
 */
@Service
public class Membership {

    private static final Logger log = LoggerFactory.getLogger(Membership.class);
    static final Set<String> MAY_CHANGE = Set.of(Roles.DEMOCRATIC_SERVICES, Roles.ADMIN);
    private static final Comparator<CommitteeMember> LISTED = Comparator.comparing(CommitteeMember::getRole)
            .thenComparing(CommitteeMember::getName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(CommitteeMember::getFrom);

    private final CommitteeMemberRepository members;
    private final Committees committees;
    private final EnteredDates enteredDates;
    private final DateWords words;
    private final Clock clock;

    Membership(CommitteeMemberRepository members, Committees committees, EnteredDates enteredDates, DateWords words, Clock clock) {
        this.members = members;
        this.committees = committees;
        this.enteredDates = enteredDates;
        this.words = words;
        this.clock = clock;
    }

    /** The committee's members on that day: chair, vice-chair, members, co-opted members, each by name. */
    @Transactional(readOnly = true)
    public List<MemberJson> asOf(String committeeId, LocalDate day) {
        Committee committee = committees.get(committeeId);
        return members.findByCommitteeId(committee.id()).stream().filter(m -> m.servesOn(day)).sorted(LISTED)
                .map(MemberJson::of).toList();
    }

    public LocalDate today() {
        return LondonTime.today(clock);
    }

    /** Adds a term, for someone in one of {@link #MAY_CHANGE}; refuses it, each reason by its field, when it breaks a rule. */
    @Transactional
    public MemberJson add(String committeeId, MemberCandidate candidate, Collection<String> groups) {
        Committee committee = committees.get(committeeId);
        if (groups.stream().noneMatch(MAY_CHANGE::contains)) {
            throw Refusal.of(HttpStatus.FORBIDDEN, "Only democratic services may change a committee's members");
        }
        Map<String, String> errors = errors(committee, candidate);
        if (!errors.isEmpty()) {
            throw Refusal.breaksRule(errors);
        }
        return MemberJson.of(members.save(new CommitteeMember(committee.id(), candidate, clock.instant())));
    }

    /**
     * Ends a term on {@code to}, so that the next chair, say, can be added from the day after: the
     * one change a term takes, since a member's name, role and start stay what they were.
     */
    @Transactional
    public MemberJson endTerm(String committeeId, long memberId, LocalDate to, Collection<String> groups) {
        Committee committee = committees.get(committeeId);
        if (groups.stream().noneMatch(MAY_CHANGE::contains)) {
            throw Refusal.of(HttpStatus.FORBIDDEN, "Only democratic services may change a committee's members");
        }
        CommitteeMember member = members.findById(memberId).filter(m -> m.getCommitteeId().equals(committee.id()))
                .orElseThrow(() -> new NotFound("There is no member " + memberId + " of " + committee.name()));
        if (!enteredDates.contains(to)) {
            throw Refusal.breaksRule("to", "The date the term ends must be " + enteredDates.between());
        }
        if (to.isBefore(member.getFrom())) {
            throw Refusal.breaksRule("to", "The date the term ends must be the same as or after the date it starts, "
                    + words.shortDate(member.getFrom()));
        }
        member.endOn(to);
        return MemberJson.of(members.save(member));
    }

    private Map<String, String> errors(Committee committee, MemberCandidate candidate) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (candidate.name() == null || candidate.name().isBlank()) {
            errors.put("name", "Enter the member's name");
        }
        if (candidate.role() == MemberRole.CO_OPTED && candidate.represents() == null) {
            errors.put("represents", "Say whom the co-opted member represents");
        } else if (candidate.role() != MemberRole.CO_OPTED && candidate.represents() != null) {
            errors.put("represents", "Only a co-opted member represents someone: leave 'represents' out for a " + candidate.role().word());
        }
        if (candidate.role() != MemberRole.CO_OPTED && !candidate.voting()) {
            errors.put("voting", "Only a co-opted member may be non-voting: a " + candidate.role().word() + " always votes");
        }
        if (!enteredDates.contains(candidate.from())) {
            errors.put("from", "The date the term starts must be " + enteredDates.between());
        }
        if (candidate.to() != null && !enteredDates.contains(candidate.to())) {
            errors.put("to", "The date the term ends must be " + enteredDates.between());
        } else if (candidate.to() != null && candidate.to().isBefore(candidate.from())) {
            errors.put("to", "The date the term ends must be the same as or after the date it starts");
        }
        if (candidate.role().isOnlyOne() && !errors.containsKey("from") && !errors.containsKey("to")) {
            members.findByCommitteeId(committee.id()).stream()
                    .filter(m -> m.getRole() == candidate.role() && m.overlaps(candidate.from(), candidate.to()))
                    .findFirst()
                    .ifPresent(m -> errors.put("role", "The committee already has a " + candidate.role().word() + " then: "
                            + m.getName() + ", " + term(m) + ". A committee has one " + candidate.role().word()
                            + " at a time, so the dates must not overlap"));
        }
        return errors;
    }

    private String term(CommitteeMember member) {
        return "from " + words.shortDate(member.getFrom()) + (member.getTo() == null ? "" : " to " + words.shortDate(member.getTo()));
    }

    /**
     * Seeds the members listed in {@code config/} into each committee that has none yet; a committee
     * with members is left as it is. Returns how many were seeded.
     */
    @Transactional
    public int seedFromConfig() {
        int seeded = 0;
        for (Committee committee : committees.all()) {
            if (committee.members().isEmpty() || members.countByCommitteeId(committee.id()) > 0) {
                continue;
            }
            for (ConfiguredMember configured : committee.members()) {
                MemberCandidate candidate = configured.candidate(committee.id());
                Map<String, String> errors = errors(committee, candidate);
                if (!errors.isEmpty()) {
                    throw new IllegalStateException("The member '" + configured.name() + "' of the committee '" + committee.id()
                            + "' in config/application.yaml cannot be seeded: " + String.join("; ", errors.values()));
                }
                members.save(new CommitteeMember(committee.id(), candidate, clock.instant()));
                seeded++;
            }
            log.info("Seeded {} members of {} from the configuration", committee.members().size(), committee.name());
        }
        return seeded;
    }

    /** Deletes every committee's members and seeds the configured ones again, as a fresh demonstration starts. */
    @Transactional
    public int seedAgainFromConfig() {
        members.deleteAllInBatch();
        return seedFromConfig();
    }
}
