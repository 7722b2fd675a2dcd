package org.scrutineer.dispute;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.scrutineer.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The IRO refers an open dispute to CAFCASS, at any point: the process leaves the protocol's stages for the referral. */
@Service
public class CafcassReferral {

    static final String MESSAGE = "disputeReferredToCafcass";

    private final DisputeRecords records;
    private final RuntimeService runtimeService;
    private final Clock clock;

    CafcassReferral(DisputeRecords records, RuntimeService runtimeService, Clock clock) {
        this.records = records;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Transactional
    public Dispute refer(long disputeId, LocalDate referredOn) {
        Dispute dispute = records.get(disputeId);
        LocalDate on = referredOn == null ? LocalDate.now(clock) : referredOn;
        if (!dispute.isOpen()) {
            throw Refusal.breaksRule("status", "This dispute is closed; only an open dispute can be referred to CAFCASS");
        }
        if (dispute.getCafcassReferredOn() != null) {
            throw Refusal.breaksRule("referredOn", "This dispute was already referred to CAFCASS on " + dispute.getCafcassReferredOn());
        }
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(dispute.getRaisedOn())) {
            throw Refusal.breaksRule("referredOn", "The referral date must be between the day the dispute was raised and today");
        }
        dispute.referToCafcass(on);
        runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(String.valueOf(disputeId))
                .setVariable("cafcassReferredOn", on.toString()).correlate();
        return dispute;
    }
}
