package org.scrutineer.dispute;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * IRO dispute settings ({@code scrutineer.disputes.*}). Every period is in working days.
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
public record DisputeSettings(
        String caseReferencePattern,
        String caseReferenceExample,
        String informalRespondentGroup,
        Integer informalResponseWorkingDays,
        Integer formalMeetingWorkingDays,
        Integer formalResolutionWorkingDays,
        Integer meetingNoticeWorkingDays,
        Integer reviewWorkingDays,
        Integer cafcassOutcomeWorkingDays,
        List<Tier> tiers,
        String reportGroup,
        Integer lateEscalationWorkingDays) {

    /**
     * One step of the formal escalation.
     *
     * @param group                    who must respond at this tier
     * @param respondWithinWorkingDays the response is due this many days after the dispute reaches the tier
     *                                 (for the first tier, after formal notification), and never later than the resolution day
     */
    public record Tier(String group, int respondWithinWorkingDays) {
    }

    public DisputeSettings {
        caseReferencePattern = blank(caseReferencePattern) ? "[A-Z]{2,4}-[0-9]{4,8}" : caseReferencePattern;
        Pattern.compile(caseReferencePattern);
        caseReferenceExample = blank(caseReferenceExample) ? "CYP-104233" : caseReferenceExample;
        informalRespondentGroup = blank(informalRespondentGroup) ? DisputeGroups.TEAM_MANAGERS : informalRespondentGroup;
        informalResponseWorkingDays = informalResponseWorkingDays == null ? 5 : informalResponseWorkingDays;
        formalMeetingWorkingDays = formalMeetingWorkingDays == null ? 15 : formalMeetingWorkingDays;
        formalResolutionWorkingDays = formalResolutionWorkingDays == null ? 20 : formalResolutionWorkingDays;
        meetingNoticeWorkingDays = meetingNoticeWorkingDays == null ? 5 : meetingNoticeWorkingDays;
        reviewWorkingDays = reviewWorkingDays == null ? 2 : reviewWorkingDays;
        cafcassOutcomeWorkingDays = cafcassOutcomeWorkingDays == null ? 20 : cafcassOutcomeWorkingDays;
        tiers = tiers == null || tiers.isEmpty()
                ? List.of(new Tier(DisputeGroups.SERVICE_MANAGERS, 20), new Tier(DisputeGroups.HEADS_OF_SERVICE, 5),
                        new Tier(DisputeGroups.SERVICE_DIRECTORS, 5))
                : List.copyOf(tiers);
        reportGroup = blank(reportGroup) ? DisputeGroups.SERVICE_DIRECTORS : reportGroup;
        lateEscalationWorkingDays = lateEscalationWorkingDays == null ? 1 : lateEscalationWorkingDays;
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
