package org.scrutineer.report;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.scrutineer.web.RecordAfterTask;
import org.springframework.stereotype.Component;

/** Keeps the reviewers the governance officer chose: the roles that review, and the person named for a role, if any. */
@Component("recordReviewers")
class RecordReviewers extends RecordAfterTask {

    private final ReportRecords records;

    RecordReviewers(CheckReviewers check, ReportRecords records) {
        super(check);
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewerChoice choice = ReviewerChoice.of(execution);
        for (ReviewerRole role : choice.roles()) {
            execution.setVariable(role.namedReviewer(), choice.namedReviewer(role).orElse(null));
        }
        execution.setVariable("reviewerRoles", new ArrayList<>(choice.roleIds()));
        execution.setVariable("rolesToReview", new ArrayList<>(choice.roleIds()));
        records.of(execution).chooseReviewers(choice.roles());
    }
}
