package org.scrutineer.report;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ProcessVariables;

/** The director's decision in {@code approveReport}: {@code approved} true or false, with {@code approvalComments}, which a return needs. */
record ApprovalDecision(boolean approved, String comments) {

    static ApprovalDecision of(VariableScope scope) {
        ProcessVariables input = ProcessVariables.of(scope);
        boolean approved = input.choice("approved", text -> Optional.of(text).filter(Set.of("true", "false")::contains).map(Boolean::valueOf))
                .orElseThrow(() -> new EngineRuleRefusal("Choose whether you approve the report"));
        String comments = input.text("approvalComments").orElse("");
        if (!approved && comments.isEmpty()) {
            throw new EngineRuleRefusal("Say why the report is returned, so the author can revise it");
        }
        return new ApprovalDecision(approved, comments);
    }
}
