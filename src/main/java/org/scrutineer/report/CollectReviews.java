package org.scrutineer.report;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.web.ListVariable;
import org.springframework.stereotype.Component;

/** After a round of reviews: the roles that asked for changes review again after the revision; if none did, a director approves. */
@Component("collectReviews")
class CollectReviews implements JavaDelegate {

    private static final ListVariable ROLES_TO_REVIEW = ListVariable.named("rolesToReview", "[\"governance\", \"finance\"]");

    private final ReportRecords records;

    CollectReviews(ReportRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = records.of(execution);
        List<String> askedForChanges = new ArrayList<>();
        for (String id : ROLES_TO_REVIEW.texts(execution).orElse(List.of())) {
            ReviewerRole role = ReviewerRole.fromId(id).orElseThrow();
            report.latestSignOffs().getOrDefault(role, java.util.Optional.empty())
                    .filter(s -> !s.isApproval()).ifPresent(s -> askedForChanges.add(role.id()));
        }
        boolean changes = !askedForChanges.isEmpty();
        execution.setVariable("changesRequested", changes);
        if (changes) {
            execution.setVariable("rolesToReview", askedForChanges);
            execution.setVariable("returnedBy", "reviewers");
            report.moveTo(ReportStatus.CHANGES_REQUESTED);
        } else {
            report.moveTo(ReportStatus.AWAITING_APPROVAL);
        }
    }
}
