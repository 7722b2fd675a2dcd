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
        return leads.who(measures.get(measureId).getOwner()).user();
    }

    public List<String> candidateGroups(long measureId) {
        String group = leads.who(measures.get(measureId).getOwner()).group();
        return group == null ? List.of() : List.of(group);
    }
}
