package org.scrutineer.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.web.EngineRuleRefusal;
import org.springframework.stereotype.Component;

/** Refuses the director's decision without a choice, or a return without the reasons; and names who decides ({@code approvedBy}). */
@Component("checkApproval")
class CheckApproval implements TaskListener {

    static final String APPROVED_BY = "approvedBy";

    private final StaffNames staff;

    CheckApproval(StaffNames staff) {
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalDecision.of(task);
        String director = staff.actingUser().orElseThrow(() -> new EngineRuleRefusal(RefuseAuthor.APPROVAL_UNSIGNED));
        task.getExecution().setVariableLocal(APPROVED_BY, director);
    }
}
