package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door of the dispute-resolution process: checks what the IRO sent, works out the
 * working-day deadlines from the notification date (day 0), records the dispute and starts its
 * process in one transaction.
 */
@Service
public class DisputeIntake {

    static final String PROCESS = "dispute-resolution";
    static final int DESCRIPTION_LIMIT = 4000;
    private static final Set<String> FIELDS = Set.of("caseReference", "category", "stage", "notifiedOn", "description",
            "respondentGroup", "responseDueBy", "meetingDueBy", "resolutionDueBy");
    private static final Pattern LOOKS_LIKE_A_NAME = Pattern.compile("(?i).*(name|child|forename|surname|dob|birth).*");

    private final DisputeRepository disputes;
    private final DisputeDeadlines deadlines;
    private final DisputeSettings settings;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final EnteredDates enteredDates;
    private final Pattern caseReference;

    DisputeIntake(DisputeRepository disputes, DisputeDeadlines deadlines, DisputeSettings settings,
                  RuntimeService runtimeService, Clock clock, EnteredDates enteredDates) {
        this.disputes = disputes;
        this.deadlines = deadlines;
        this.settings = settings;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.enteredDates = enteredDates;
        this.caseReference = Pattern.compile(settings.caseReferencePattern());
    }

    @Transactional
    public Dispute raise(Map<String, Object> body, String iro) {
        Map<String, String> invalid = new LinkedHashMap<>();
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                invalid.put(field, LOOKS_LIKE_A_NAME.matcher(field).matches()
                        ? "A dispute never records a child's name or other identifying details: send the case reference only, and remove '" + field + "'"
                        : "'" + field + "' is not part of a dispute. Send only " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String reference = text(body, "caseReference", invalid, "Enter the child's case reference", 40);
        DisputeCategory category = DisputeCategory.fromId(string(body.get("category"))).orElse(null);
        if (category == null) {
            invalid.put("category", "Choose the category: one of drift-and-delay, no-care-plan, incomplete-plan, "
                    + "professional-difference, no-allocated-worker, outstanding-recommendations or other");
        }
        DisputeStage stage = DisputeStage.fromId(string(body.get("stage"))).orElse(null);
        if (stage == null) {
            invalid.put("stage", "Choose the stage: informal or formal");
        }
        LocalDate notifiedOn = date(body, "notifiedOn", invalid, "Enter the date the respondent was notified, as YYYY-MM-DD");
        String description = text(body, "description", invalid, "Describe what is disputed", DESCRIPTION_LIMIT);
        String respondent = string(body.get("respondentGroup"));
        if (respondent != null && !DisputeGroups.RESPONDENTS.contains(respondent)) {
            invalid.put("respondentGroup", "The respondent must be one of " + String.join(", ", DisputeGroups.RESPONDENTS));
        }
        LocalDate responseDueBy = date(body, "responseDueBy", invalid, null);
        LocalDate meetingDueBy = date(body, "meetingDueBy", invalid, null);
        LocalDate resolutionDueBy = date(body, "resolutionDueBy", invalid, null);
        if (!invalid.isEmpty()) {
            throw Refusal.invalid(invalid);
        }

        if (!enteredDates.contains(notifiedOn)) {
            throw Refusal.breaksRule("notifiedOn", "The notification date must be " + enteredDates.between());
        }
        Map<String, String> refused = new LinkedHashMap<>();
        if (!caseReference.matcher(reference).matches()) {
            refused.put("caseReference", "The case reference must be in the council's format, like " + settings.caseReferenceExample());
        }
        if (notifiedOn.isAfter(LocalDate.now(clock))) {
            refused.put("notifiedOn", "The notification date cannot be in the future");
        }
        Dispute dispute = new Dispute(reference, category, description, null, iro, notifiedOn, clock.instant());
        if (stage == DisputeStage.INFORMAL) {
            forbid(refused, "meetingDueBy", meetingDueBy, "informal");
            forbid(refused, "resolutionDueBy", resolutionDueBy, "informal");
            LocalDate due = shorter(refused, "responseDueBy", responseDueBy, notifiedOn, deadlines.informalResponse(notifiedOn));
            dispute.startInformal(due);
            dispute.answerBy(respondent == null ? settings.informalRespondentGroup() : respondent);
        } else {
            forbid(refused, "responseDueBy", responseDueBy, "formal");
            int tier = respondent == null ? 0 : settings.tierOf(respondent);
            if (tier < 0) {
                refused.put("respondentGroup", "A formal dispute goes to one of the escalation tiers: "
                        + String.join(", ", settings.tiers().stream().map(DisputeSettings.Tier::group).toList()));
                tier = 0;
            }
            FormalDates dates = formalDates(refused, notifiedOn, meetingDueBy, resolutionDueBy);
            dispute.startFormal(notifiedOn, dates.meeting(), dates.resolution(), tier,
                    deadlines.tierResponse(tier, notifiedOn, dates.resolution()), settings.tier(tier).group());
        }
        if (!refused.isEmpty()) {
            throw Refusal.breaksRule(refused);
        }
        Dispute saved = disputes.save(dispute);
        runtimeService.startProcessInstanceByKey(PROCESS, String.valueOf(saved.getId()), processVariables(saved));
        return saved;
    }

    record FormalDates(LocalDate meeting, LocalDate resolution) {
    }

    /**
     * The formal stage's meeting and resolution days from {@code dayZero}, or the IRO's shorter ones. A
     * resolution day shortened to before the protocol's meeting day brings the meeting forward with it.
     */
    FormalDates formalDates(Map<String, String> refused, LocalDate dayZero, LocalDate meetingDueBy, LocalDate resolutionDueBy) {
        LocalDate resolution = shorter(refused, "resolutionDueBy", resolutionDueBy, dayZero, deadlines.formalResolution(dayZero));
        LocalDate meeting = shorter(refused, "meetingDueBy", meetingDueBy, dayZero, deadlines.formalMeeting(dayZero));
        if (meeting.isAfter(resolution)) {
            if (meetingDueBy != null) {
                refused.put("meetingDueBy", "The meeting must be due on or before the resolution date");
            }
            meeting = resolution;
        }
        return new FormalDates(meeting, resolution);
    }

    private static Map<String, Object> processVariables(Dispute dispute) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("disputeId", dispute.getId());
        variables.put("stage", dispute.getStage().id());
        variables.put("respondentGroup", dispute.getRespondentGroup());
        variables.put("caseReference", dispute.getCaseReference());
        variables.put("categoryLabel", dispute.getCategory().label());
        variables.put("description", dispute.getDescription());
        variables.put("meetingHeld", false);
        variables.put("noResponse", false);
        variables.put("intransigent", false);
        return variables;
    }

    private static LocalDate shorter(Map<String, String> refused, String field, LocalDate asked, LocalDate dayZero, LocalDate standard) {
        if (asked == null) {
            return standard;
        }
        if (!asked.isAfter(dayZero)) {
            refused.put(field, "The " + words(field) + " date must be after the notification date (day 0)");
        } else if (asked.isAfter(standard)) {
            refused.put(field, "The " + words(field) + " date can be shorter than the protocol's, but not later than " + standard);
        }
        return asked;
    }

    private static void forbid(Map<String, String> refused, String field, LocalDate value, String stage) {
        if (value != null) {
            refused.put(field, "There is no " + words(field) + " date at the " + stage + " stage");
        }
    }

    private static String words(String field) {
        return switch (field) {
            case "responseDueBy" -> "response";
            case "meetingDueBy" -> "meeting";
            default -> "resolution";
        };
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static String text(Map<String, Object> body, String field, Map<String, String> invalid, String missing, int limit) {
        Object value = body.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            invalid.put(field, missing);
            return null;
        }
        if (s.length() > limit) {
            invalid.put(field, "'" + field + "' must be " + limit + " characters or fewer");
            return null;
        }
        return s.strip();
    }

    private static LocalDate date(Map<String, Object> body, String field, Map<String, String> invalid, String missing) {
        Object value = body.get(field);
        if (value == null || value.toString().isBlank()) {
            if (missing != null) {
                invalid.put(field, missing);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            invalid.put(field, "'" + field + "' must be a date as YYYY-MM-DD");
            return null;
        }
    }
}
