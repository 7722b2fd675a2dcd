package org.scrutineer.report;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the director's decision: the approver's name and the date, or the report's return to its author with the reasons. */
@Component("recordApproval")
class RecordApproval implements TaskListener {

    private final ReportRecords records;
    private final StaffNames staff;
    private final Clock clock;

    RecordApproval(ReportRecords records, StaffNames staff, Clock clock) {
        this.records = records;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = decision(task.getVariable("approved"));
        if (approved == null) {
            throw new ProcessEngineException("Choose whether you approve the report");
        }
        Object comments = task.getVariable("approvalComments");
        String text = comments == null ? "" : comments.toString().strip();
        if (!approved && text.isEmpty()) {
            throw new ProcessEngineException("Say why the report is returned, so the author can revise it");
        }
        DelegateExecution execution = task.getExecution();
        execution.setVariable("approved", approved);
        Report report = records.of(task);
        String approver = staff.actingUser().orElseThrow();
        if (approved) {
            report.approve(approver, staff.nameOf(approver), LocalDate.now(clock));
        } else {
            execution.setVariable("approvalComments", text);
            execution.setVariable("returnedBy", "director");
            report.moveTo(ReportStatus.CHANGES_REQUESTED);
        }
    }

    /** The form may send the decision as a boolean or as the text "true" or "false". */
    private static Boolean decision(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        return null;
    }
}
