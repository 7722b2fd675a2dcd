package org.scrutineer.meeting;

import java.time.LocalDate;

/** A member as a council lists them in {@code config/application.yaml}, seeded into a committee that has none yet. */
public record ConfiguredMember(String name, String role, String represents, Boolean voting, LocalDate from, LocalDate to) {

    MemberCandidate candidate(String committeeId) {
        MemberRole read = MemberRole.of(role).orElseThrow(() -> new IllegalStateException("The member '" + name
                + "' of the committee '" + committeeId + "' has the role '" + role + "'; give one of " + MemberRole.WORDS));
        return new MemberCandidate(name, read, represents, voting == null ? read != MemberRole.CO_OPTED : voting, from, to);
    }
}
