package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Moves an informal dispute to the formal stage. The escalation date becomes day 0: the meeting
 * and resolution days are counted from it (or the IRO's shorter ones are kept), at the first tier.
 */
@Component("escalateToFormal")
class EscalateToFormal implements JavaDelegate {

    private final DisputeRecords records;
    private final DisputeDeadlines deadlines;
    private final DisputeSettings settings;
    private final Clock clock;

    EscalateToFormal(DisputeRecords records, DisputeDeadlines deadlines, DisputeSettings settings, Clock clock) {
        this.records = records;
        this.deadlines = deadlines;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        ProcessVariables input = ProcessVariables.of(execution);
        LocalDate meeting = input.date("meetingDueBy").orElse(null);
        LocalDate resolution = input.date("resolutionDueBy").orElse(null);
        resolution = resolution == null ? deadlines.formalResolution(today) : resolution;
        meeting = meeting == null ? deadlines.formalMeeting(today) : meeting;
        if (meeting.isAfter(resolution)) {
            meeting = resolution;
        }
        Dispute dispute = records.of(execution);
        dispute.startFormal(today, meeting, resolution, 0, deadlines.tierResponse(0, today, resolution), settings.tier(0).group());
        execution.setVariable("stage", DisputeStage.FORMAL.id());
        execution.setVariable("respondentGroup", dispute.getRespondentGroup());
        execution.setVariable("decision", null);
    }
}
