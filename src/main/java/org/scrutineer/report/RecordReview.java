package org.scrutineer.report;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.scrutineer.web.ProcessVariables;
import org.scrutineer.web.RecordAfterTask;
import org.springframework.stereotype.Component;

/** Records one reviewer's outcome for their role, with their name and the date, in the report's sign-off record. */
@Component("recordReview")
class RecordReview extends RecordAfterTask {

    private final ReportRecords records;
    private final StaffNames staff;
    private final Clock clock;

    RecordReview(CheckReview check, ReportRecords records, StaffNames staff, Clock clock) {
        super(check);
        this.records = records;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables input = ProcessVariables.of(execution);
        ReviewOutcome review = ReviewOutcome.of(execution);
        ReviewerRole role = input.choice("role", ReviewerRole::fromId).orElseThrow();
        String reviewer = input.text(CheckReview.REVIEWED_BY).orElseThrow();
        records.of(execution).recordReview(role, review.outcome(), reviewer, staff.nameOf(reviewer), clock.instant(),
                review.comments().orElse(null));
    }
}
