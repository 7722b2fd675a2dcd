package org.scrutineer.report;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.springframework.stereotype.Component;

/**
 * Refuses a review without an outcome, or asking for changes without saying what; and names who
 * signs it ({@code reviewedBy}): the signed-in reviewer or, failing one, the reviewer it is assigned to.
 */
@Component("checkReview")
class CheckReview implements TaskListener {

    static final String REVIEWED_BY = "reviewedBy";

    private final StaffNames staff;

    CheckReview(StaffNames staff) {
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewOutcome.of(task);
        String reviewer = staff.actingUser().or(() -> Optional.ofNullable(task.getAssignee()))
                .orElseThrow(() -> new EngineRuleRefusal("A review must be signed by a signed-in reviewer"));
        task.getExecution().setVariableLocal(REVIEWED_BY, reviewer);
    }
}
