package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Climbs one escalation tier: the next group must respond within that tier's working days,
 * counted from today, and never later than the resolution day. An escalation too close to the
 * resolution day for that goes straight to the top tier instead ({@code lateEscalation}).
 */
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
        Dispute dispute = records.of(execution);
        LocalDate today = LocalDate.now(clock);
        boolean late = deadlines.tooLateForTheNextTier(today, dispute.getResolutionDueBy());
        int tier = late ? settings.topTier() : dispute.getEscalationTier() + 1;
        LocalDate due = late ? deadlines.lateEscalationResponse(today) : deadlines.tierResponse(tier, today, dispute.getResolutionDueBy());
        dispute.escalateTo(tier, settings.tier(tier).group(), due);
        execution.setVariable("respondentGroup", dispute.getRespondentGroup());
        execution.setVariable("lateEscalation", late);
        execution.setVariable("noResponse", false);
        execution.setVariable("intransigent", false);
        execution.setVariable("decision", null);
    }
}
