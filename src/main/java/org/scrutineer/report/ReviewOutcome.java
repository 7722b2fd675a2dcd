package org.scrutineer.report;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;

/** One reviewer's answer in {@code reviewReport}: {@code outcome} approve or changes, with {@code comments}, which changes need. */
record ReviewOutcome(String outcome, Optional<String> comments) {

    static ReviewOutcome of(VariableScope scope) {
        ProcessVariables input = ProcessVariables.of(scope);
        String outcome = input.text("outcome").filter(o -> SignOff.APPROVE.equals(o) || SignOff.CHANGES.equals(o))
                .orElseThrow(() -> new EngineRuleRefusal("Choose whether you approve the report or ask for changes"));
        Optional<String> comments = input.text("comments");
        if (SignOff.CHANGES.equals(outcome) && comments.isEmpty()) {
            throw new EngineRuleRefusal("Say what needs to change, so the author can revise the report");
        }
        return new ReviewOutcome(outcome, comments);
    }
}
