package org.scrutineer.dispute;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scrutineer.web.IsoDate;

/**
 * A dispute as the IRO sends it, before the protocol's rules are applied. Its dates are text, so
 * that every missing or malformed field is named in one answer. A field that is not part of a
 * dispute is kept in {@code notPartOfADispute}, to be refused: a child's name above all.
 */
public record DisputeSubmission(
        @NotBlank(message = "Enter the child's case reference")
        @Size(max = 40, message = "'caseReference' must be 40 characters or fewer")
        String caseReference,

        @NotNull(message = "Choose the category: one of drift-and-delay, no-care-plan, incomplete-plan, "
                + "professional-difference, no-allocated-worker, outstanding-recommendations or other")
        DisputeCategory category,

        @NotNull(message = "Choose the stage: informal or formal")
        DisputeStage stage,

        @NotBlank(message = "Enter the date the respondent was notified, as YYYY-MM-DD")
        @IsoDate(message = "'notifiedOn' must be a date as YYYY-MM-DD")
        String notifiedOn,

        @NotBlank(message = "Describe what is disputed")
        @Size(max = DisputeIntake.DESCRIPTION_LIMIT, message = "'description' must be " + DisputeIntake.DESCRIPTION_LIMIT + " characters or fewer")
        String description,

        @Pattern(regexp = DisputeGroups.RESPONDENT_PATTERN, message = "The respondent must be one of " + DisputeGroups.RESPONDENT_WORDS)
        String respondentGroup,

        @IsoDate(message = "'responseDueBy' must be a date as YYYY-MM-DD")
        String responseDueBy,

        @IsoDate(message = "'meetingDueBy' must be a date as YYYY-MM-DD")
        String meetingDueBy,

        @IsoDate(message = "'resolutionDueBy' must be a date as YYYY-MM-DD")
        String resolutionDueBy,

        @JsonAnySetter
        Map<String, Object> notPartOfADispute) {

    public DisputeSubmission {
        notPartOfADispute = notPartOfADispute == null ? Map.of() : Map.copyOf(notPartOfADispute);
    }

    /** A dispute with every field known; the optional ones may be null. */
    public DisputeSubmission(String caseReference, DisputeCategory category, DisputeStage stage, String notifiedOn, String description,
                             String respondentGroup, String responseDueBy, String meetingDueBy, String resolutionDueBy) {
        this(caseReference, category, stage, notifiedOn, description, respondentGroup, responseDueBy, meetingDueBy, resolutionDueBy, Map.of());
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
