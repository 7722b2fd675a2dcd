package org.scrutineer.meeting;

import java.time.LocalDate;

/** A term on a committee as someone asked for it, its values read but its rules not yet checked. */
record MemberCandidate(String name, MemberRole role, String represents, boolean voting, LocalDate from, LocalDate to) {

    MemberCandidate {
        name = name == null ? null : name.strip();
        represents = represents == null || represents.isBlank() ? null : represents.strip();
    }
}
