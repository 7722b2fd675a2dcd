package org.scrutineer.report;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The approver is never the author: refuses to give approveReport to the report's author, and
 * refuses its completion by the author or by nobody known, even when the author is a director.
 */
@Component("refuseSelfApproval")
class RefuseSelfApproval implements TaskListener {

    static final String MESSAGE = "You wrote this report, so you cannot approve it. Another director must approve it";

    private final StaffNames staff;

    RefuseSelfApproval(StaffNames staff) {
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        String author = String.valueOf(task.getVariable("author"));
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (author.equals(task.getAssignee())) {
                throw new ProcessEngineException(MESSAGE);
            }
            return;
        }
        String approver = staff.actingUser()
                .orElseThrow(() -> new ProcessEngineException("A report can only be approved by a signed-in director"));
        if (author.equals(approver)) {
            throw new ProcessEngineException(MESSAGE);
        }
    }
}
