package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Climbs one escalation tier: the next group must respond within that tier's working days, counted from today. */
@Component("escalateDispute")
class EscalateDispute implements JavaDelegate {

    private final DisputeRecords records;
    private final DisputeDeadlines deadlines;
    private final DisputeSettings settings;
    private final Clock clock;

    EscalateDispute(DisputeRecords records, DisputeDeadlines deadlines, DisputeSettings settings, Clock clock) {
        this.records = records;
        this.deadlines = deadlines;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dispute dispute = records.get(TaskInput.disputeId(execution));
        int tier = dispute.getEscalationTier() + 1;
        dispute.escalateTo(tier, settings.tier(tier).group(),
                deadlines.tierResponse(tier, LocalDate.now(clock), dispute.getResolutionDueBy(), false));
        execution.setVariable("respondentGroup", dispute.getRespondentGroup());
        execution.setVariable("noResponse", false);
        execution.setVariable("intransigent", false);
        execution.setVariable("decision", null);
    }
}
