package org.scrutineer.improvement;

import java.util.List;

import org.springframework.stereotype.Component;

/** Who records a measure's actual ({@code ${measureOwners...}} in the model): its owner, or democratic services while it has none. */
@Component("measureOwners")
public class MeasureOwners {

    private final Measures measures;
    private final ActionLeads leads;

    MeasureOwners(Measures measures, ActionLeads leads) {
        this.measures = measures;
        this.leads = leads;
    }

    public String assignee(long measureId) {
        return leads.user(measures.get(measureId).getOwner());
    }

    public List<String> candidateGroups(long measureId) {
        return leads.groups(measures.get(measureId).getOwner());
    }
}
