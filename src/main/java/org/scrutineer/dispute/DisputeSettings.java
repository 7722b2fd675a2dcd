package org.scrutineer.dispute;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * IRO dispute settings ({@code scrutineer.disputes.*}, set in {@code config/application.yaml}). Every period is in working days.
 *
 * @param caseReferencePattern       the council's case reference format (a regular expression matched in full)
 * @param caseReferenceExample       an example of that format, shown in error messages
 * @param informalRespondentGroup    who answers an informal dispute unless the IRO names another group
 * @param informalResponseWorkingDays the informal response is due on this day, counted from notification (day 0)
 * @param formalMeetingWorkingDays   a formal dispute meeting, when needed, is held by this day
 * @param formalResolutionWorkingDays a formal dispute is answered and resolved by this day
 * @param meetingNoticeWorkingDays   without a formal response this many days before the meeting day, the meeting is called
 * @param reviewWorkingDays          the IRO reviews a response within this many days
 * @param cafcassOutcomeWorkingDays  the IRO records CAFCASS's outcome within this many days of the referral
 * @param tiers                      the formal escalation tiers, lowest first, each with its deadline
 * @param reportGroup                the group the weekly report is emailed to
 * @param lateEscalationWorkingDays  an escalation leaving fewer working days than this before the resolution day goes
 *                                   straight to the top tier, which must respond within this many working days
 */
@ConfigurationProperties("scrutineer.disputes")
@Validated
public record DisputeSettings(
        @NotBlank String caseReferencePattern,
        @NotBlank String caseReferenceExample,
        @NotBlank String informalRespondentGroup,
        @NotNull Integer informalResponseWorkingDays,
        @NotNull Integer formalMeetingWorkingDays,
        @NotNull Integer formalResolutionWorkingDays,
        @NotNull Integer meetingNoticeWorkingDays,
        @NotNull Integer reviewWorkingDays,
        @NotNull Integer cafcassOutcomeWorkingDays,
        @NotEmpty List<@Valid Tier> tiers,
        @NotBlank String reportGroup,
        @NotNull Integer lateEscalationWorkingDays) {

    /**
     * One step of the formal escalation.
     *
     * @param group                    who must respond at this tier
     * @param respondWithinWorkingDays the response is due this many days after the dispute reaches the tier
     *                                 (for the first tier, after formal notification), and never later than the resolution day
     */
    public record Tier(@NotBlank String group, int respondWithinWorkingDays) {
    }

    public DisputeSettings {
        if (caseReferencePattern != null) {
            Pattern.compile(caseReferencePattern);
        }
        tiers = tiers == null ? null : List.copyOf(tiers);
    }

    public Tier tier(int index) {
        return tiers.get(index);
    }

    public int topTier() {
        return tiers.size() - 1;
    }

    /** The tier whose group is {@code group}, or -1. */
    public int tierOf(String group) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).group().equals(group)) {
                return i;
            }
        }
        return -1;
    }
}
