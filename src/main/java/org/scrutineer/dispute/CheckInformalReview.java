package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The IRO's review of an informal response: resolve (with the resolution), or escalate to formal,
 * optionally with a shorter meeting or resolution day than the protocol's.
 */
@Component("checkInformalReview")
class CheckInformalReview implements TaskListener {

    private final DisputeDeadlines deadlines;
    private final Clock clock;

    CheckInformalReview(DisputeDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables input = ProcessVariables.of(task);
        String decision = input.choice("decision", ReviewDecision::of)
                .orElseThrow(() -> new EngineRuleRefusal("Choose whether to resolve the dispute or escalate it to the formal stage"));
        if (ReviewDecision.RESOLVE.equals(decision)) {
            input.text("resolution", ReviewDecision.NO_RESOLUTION);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate meeting = input.date("meetingDueBy").orElse(null);
        LocalDate resolution = input.date("resolutionDueBy").orElse(null);
        LocalDate standardResolution = deadlines.formalResolution(today);
        LocalDate standardMeeting = deadlines.formalMeeting(today);
        if (resolution != null && (!resolution.isAfter(today) || resolution.isAfter(standardResolution))) {
            throw new EngineRuleRefusal("The formal resolution date must be after today and no later than " + standardResolution);
        }
        if (meeting != null && (!meeting.isAfter(today) || meeting.isAfter(standardMeeting))) {
            throw new EngineRuleRefusal("The formal meeting date must be after today and no later than " + standardMeeting);
        }
    }
}
