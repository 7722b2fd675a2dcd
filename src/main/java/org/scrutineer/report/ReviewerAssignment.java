package org.scrutineer.report;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** Who reviews for the role of one reviewReport instance: the person named for it, otherwise the role's group. */
@Component("reviewerAssignment")
public class ReviewerAssignment {

    public List<String> groupsFor(DelegateExecution execution) {
        return personFor(execution) == null ? List.of(role(execution).group()) : List.of();
    }

    public String personFor(DelegateExecution execution) {
        return ProcessVariables.of(execution).text(role(execution).namedReviewer()).orElse(null);
    }

    private static ReviewerRole role(DelegateExecution execution) {
        return ProcessVariables.of(execution).choice("role", ReviewerRole::fromId).orElseThrow();
    }
}
