package org.scrutineer.meeting;

import java.time.LocalDate;

/** A member's term as the API lists it; {@code id} names the term, to end it. */
public record MemberJson(long id, String name, String role, String represents, boolean voting, LocalDate from, LocalDate to) {

    static MemberJson of(CommitteeMember member) {
        return new MemberJson(member.getId(), member.getName(), member.getRole().word(), member.getRepresents(), member.isVoting(),
                member.getFrom(), member.getTo());
    }
}
