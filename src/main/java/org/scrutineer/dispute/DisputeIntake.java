package org.scrutineer.dispute;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.web.Refusal;
import org.scrutineer.web.FieldMessages;
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
    private static final List<String> FIELDS = Arrays.stream(DisputeSubmission.class.getRecordComponents()).map(RecordComponent::getName)
            .filter(name -> !name.equals("notPartOfADispute")).sorted().toList();
    private static final Pattern LOOKS_LIKE_A_NAME = Pattern.compile("(?i).*(name|child|forename|surname|dob|birth).*");

    private final DisputeRepository disputes;
    private final DisputeDeadlines deadlines;
    private final DisputeSettings settings;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final EnteredDates enteredDates;
    private final Pattern caseReference;
    private final Validator validator;

    DisputeIntake(DisputeRepository disputes, DisputeDeadlines deadlines, DisputeSettings settings,
                  RuntimeService runtimeService, Clock clock, EnteredDates enteredDates, Validator validator) {
        this.disputes = disputes;
        this.deadlines = deadlines;
        this.settings = settings;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.enteredDates = enteredDates;
        this.caseReference = Pattern.compile(settings.caseReferencePattern());
        this.validator = validator;
    }

    @Transactional
    public Dispute raise(DisputeSubmission submission, String iro) {
        Map<String, String> invalid = new LinkedHashMap<>();
        for (String field : submission.notPartOfADispute().keySet()) {
            invalid.put(field, LOOKS_LIKE_A_NAME.matcher(field).matches()
                    ? "A dispute never records a child's name or other identifying details: send the case reference only, and remove '" + field + "'"
                    : "'" + field + "' is not part of a dispute. Send only " + String.join(", ", FIELDS));
        }
        invalid.putAll(FieldMessages.of(validator.validate(submission), DisputeSubmission.class));
        if (!invalid.isEmpty()) {
            throw Refusal.invalid(invalid);
        }
        String reference = submission.caseReference().strip();
        DisputeCategory category = submission.category();
        DisputeStage stage = submission.stage();
        LocalDate notifiedOn = DisputeSubmission.date(submission.notifiedOn());
        String description = submission.description().strip();
        String respondent = submission.respondentGroup();
        LocalDate responseDueBy = DisputeSubmission.date(submission.responseDueBy());
        LocalDate meetingDueBy = DisputeSubmission.date(submission.meetingDueBy());
        LocalDate resolutionDueBy = DisputeSubmission.date(submission.resolutionDueBy());

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
}
