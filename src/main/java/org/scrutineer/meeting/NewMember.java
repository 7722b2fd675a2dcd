package org.scrutineer.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scrutineer.web.IsoDate;

/**
 * A member as democratic services send one to {@code POST /api/committees/{id}/members}. Its dates
 * are text, so that every missing or malformed field is named in one answer.
 */
record NewMember(
        @NotBlank(message = "Enter the member's name")
        @Size(max = 255, message = "'name' must be 255 characters or fewer")
        String name,

        @NotBlank(message = "Choose the role: one of " + MemberRole.WORDS)
        @Pattern(regexp = MemberRole.PATTERN, message = "The role must be one of " + MemberRole.WORDS)
        String role,

        @Size(max = 255, message = "'represents' must be 255 characters or fewer")
        String represents,

        Boolean voting,

        @NotBlank(message = "Enter the date the member's term starts, as YYYY-MM-DD")
        @IsoDate(message = "'from' must be a date as YYYY-MM-DD")
        String from,

        @IsoDate(message = "'to' must be a date as YYYY-MM-DD")
        String to) {

    MemberCandidate candidate() {
        MemberRole read = MemberRole.of(role).orElseThrow();
        return new MemberCandidate(name, read, represents, voting == null ? read != MemberRole.CO_OPTED : voting,
                LocalDate.parse(from), to == null || to.isBlank() ? null : LocalDate.parse(to));
    }
}
