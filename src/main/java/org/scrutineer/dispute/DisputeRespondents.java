package org.scrutineer.dispute;

import org.springframework.stereotype.Component;

/** Who must answer a dispute now, and whether there is a tier above. Used by the model as {@code ${disputeRespondents...}}. */
@Component("disputeRespondents")
public class DisputeRespondents {

    private final DisputeRecords records;
    private final DisputeSettings settings;

    DisputeRespondents(DisputeRecords records, DisputeSettings settings) {
        this.records = records;
        this.settings = settings;
    }

    public String current(long disputeId) {
        return records.get(disputeId).getRespondentGroup();
    }

    public boolean hasHigherTier(long disputeId) {
        Integer tier = records.get(disputeId).getEscalationTier();
        return tier != null && tier + 1 < settings.tiers().size();
    }
}
