package org.scrutineer.meeting;

import java.time.LocalDate;

/** A member as the API lists them. */
public record MemberJson(String name, String role, String represents, boolean voting, LocalDate from, LocalDate to) {

    static MemberJson of(CommitteeMember member) {
        return new MemberJson(member.getName(), member.getRole().word(), member.getRepresents(), member.isVoting(),
                member.getFrom(), member.getTo());
    }
}
