package org.scrutineer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.scrutineer.web.EngineRuleRefusal;
import org.scrutineer.web.ListVariable;
import org.scrutineer.web.ProcessVariables;

/**
 * The governance officer's choice of reviewers in {@code approveReviewers}: either
 * {@code reviewerRoles} as given through the API (a list, however it is encoded), or the ticked
 * checkboxes of the form; and for each role the person named to review for it, if any.
 */
record ReviewerChoice(List<ReviewerRole> roles, Map<ReviewerRole, String> namedReviewers) {

    private static final ListVariable REVIEWER_ROLES = ListVariable.named("reviewerRoles", "[\"governance\", \"finance\"]");

    /** The choice, refusing an empty one or a role that does not exist. */
    static ReviewerChoice of(VariableScope scope) {
        ProcessVariables input = ProcessVariables.of(scope);
        List<ReviewerRole> roles = roles(input);
        if (roles.isEmpty()) {
            throw new EngineRuleRefusal("Choose at least one reviewer role");
        }
        Map<ReviewerRole, String> named = new LinkedHashMap<>();
        for (ReviewerRole role : roles) {
            input.text(role.namedReviewer()).ifPresent(person -> named.put(role, person));
        }
        return new ReviewerChoice(roles, named);
    }

    Optional<String> namedReviewer(ReviewerRole role) {
        return Optional.ofNullable(namedReviewers.get(role));
    }

    List<String> roleIds() {
        return roles.stream().map(ReviewerRole::id).toList();
    }

    private static List<ReviewerRole> roles(ProcessVariables input) {
        Optional<List<String>> given = input.texts(REVIEWER_ROLES);
        List<ReviewerRole> roles = new ArrayList<>();
        if (given.isPresent()) {
            for (String id : given.get()) {
                ReviewerRole role = ReviewerRole.fromId(id).orElseThrow(() -> new EngineRuleRefusal(
                        "'" + id + "' is not a reviewer role. Choose from governance, finance, legal, communications, equality, procurement and risk"));
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            }
            return roles.stream().sorted().toList();
        }
        for (ReviewerRole role : ReviewerRole.values()) {
            if (input.ticked(role.checkbox())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
