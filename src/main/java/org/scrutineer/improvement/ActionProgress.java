package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.calendar.EnteredDates;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action's progress through the {@code action-progress} process: started for each action not
 * complete, a lead's update checked and kept with its rating, a Blue confirmed or refused by the
 * theme's accountable lead, and a missed update kept in the history.
 */
@Service
public class ActionProgress {

    static final String PROCESS = "action-progress";
    static final int TEXT_LIMIT = 4000;
    static final int REASON_LIMIT = 2000;

    private final PlanActionRepository actions;
    private final RuntimeService runtimeService;
    private final EnteredDates enteredDates;
    private final Clock clock;

    ActionProgress(PlanActionRepository actions, RuntimeService runtimeService, EnteredDates enteredDates, Clock clock) {
        this.actions = actions;
        this.runtimeService = runtimeService;
        this.enteredDates = enteredDates;
        this.clock = clock;
    }

    static String businessKey(long actionId) {
        return "plan-action-" + actionId;
    }

    /** The lead is asked for progress before each board until the action is confirmed complete. */
    void start(ImprovementPlan plan, PlanAction action) {
        if (action.getBrag().filter(b -> b == Brag.BLUE).isPresent()) {
            return;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("actionId", action.getId());
        variables.put("planTitle", plan.getTitle());
        variables.put("themeName", action.getTheme().getName());
        variables.put("actionRef", action.getRef());
        variables.put("actionText", action.getText());
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey(action.getId()), variables);
    }

    /** What the lead typed, checked: every reason it cannot be kept, together. */
    record Update(String progress, String brag, String reason, String evidence, Long milestone, String revisedDate, String revisionReason) {
    }

    /** The lead's update, kept with its rating; a Blue waits for the theme's accountable lead. */
    @Transactional
    public ActionUpdate update(long actionId, Update given, String by) {
        PlanAction action = get(actionId);
        Map<String, String> errors = new LinkedHashMap<>();
        String progress = required(errors, "progress", given.progress(), TEXT_LIMIT, "Say what has been done since the last update");
        Optional<Brag> brag = Brag.fromId(given.brag());
        if (brag.isEmpty()) {
            errors.put("brag", "Choose the action's rating: blue, green, amber, red or grey");
        }
        String reason = null;
        String evidence = null;
        if (brag.filter(b -> b == Brag.AMBER || b == Brag.RED).isPresent()) {
            reason = required(errors, "reason", given.reason(), REASON_LIMIT, "Say why the action is " + brag.get().meaning() + " and what is being done");
        }
        if (brag.filter(b -> b == Brag.BLUE).isPresent()) {
            evidence = required(errors, "evidence", given.evidence(), TEXT_LIMIT, "Give the evidence that the action is complete");
        }
        Milestone revised = null;
        LocalDate revisedTo = null;
        String revisionReason = null;
        if (given.milestone() != null) {
            if (given.milestone() < 1 || given.milestone() > action.getMilestones().size()) {
                errors.put("reviseMilestone", action.getMilestones().isEmpty() ? "The action has no milestones to give a new date"
                        : "Give the number of one of the action's milestones, 1 to " + action.getMilestones().size());
            } else {
                revised = action.getMilestones().get((int) (long) given.milestone() - 1);
            }
            revisedTo = enteredDates.read(errors, "revisedDate", given.revisedDate(), "Give the milestone's new date");
            revisionReason = required(errors, "revisionReason", given.revisionReason(), REASON_LIMIT, "Say why the milestone's date changes");
        }
        if (!errors.isEmpty()) {
            throw new EngineRuleRefusal(Refusal.everyReason(errors));
        }
        LocalDate today = LondonTime.today(clock);
        if (revised != null) {
            revised.revise(revisedTo, revisionReason, today, by);
        }
        ActionUpdate update = new ActionUpdate(action, ActionUpdate.Kind.UPDATED, brag.get(), progress, reason, today, clock.instant(), by);
        if (brag.get() == Brag.BLUE) {
            action.noted(update.awaitingConfirmation(evidence));
        } else {
            action.rated(update);
        }
        return update;
    }

    /** The theme's accountable lead confirms the Blue, or refuses it with the reason; a refused Blue leaves the rating as it was. */
    @Transactional
    public void decide(long actionId, String decision, String refusalReason, String by) {
        PlanAction action = get(actionId);
        ActionUpdate pending = action.getUpdates().stream()
                .filter(u -> u.getConfirmation().filter(c -> c == ActionUpdate.Confirmation.PENDING).isPresent())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new EngineRuleRefusal("This action has no Blue rating waiting to be confirmed"));
        Map<String, String> errors = new LinkedHashMap<>();
        boolean confirmed = "confirm".equals(decision);
        if (!confirmed && !"refuse".equals(decision)) {
            errors.put("decision", "Say whether the action is complete");
        }
        String note = "refuse".equals(decision)
                ? required(errors, "refusalReason", refusalReason, REASON_LIMIT, "Say what is still to be done, or what evidence is missing") : null;
        if (!errors.isEmpty()) {
            throw new EngineRuleRefusal(Refusal.everyReason(errors));
        }
        pending.decided(confirmed, note, by, LondonTime.today(clock));
        if (confirmed) {
            action.confirmed(pending);
        }
    }

    /** No update by its due date: kept in the history, the rating as it was. */
    @Transactional
    public void missed(long actionId, LocalDate due) {
        PlanAction action = get(actionId);
        action.noted(new ActionUpdate(action, ActionUpdate.Kind.MISSED, null, null, "No update by " + due, LondonTime.today(clock),
                clock.instant(), null));
    }

    PlanAction get(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new IllegalStateException("There is no plan action " + actionId));
    }

    private static String required(Map<String, String> errors, String field, String text, int limit, String missing) {
        if (text == null || text.isBlank()) {
            errors.put(field, missing);
            return null;
        }
        if (text.strip().length() > limit) {
            errors.put(field, "This must be " + limit + " characters or fewer");
            return null;
        }
        return text.strip();
    }
}
