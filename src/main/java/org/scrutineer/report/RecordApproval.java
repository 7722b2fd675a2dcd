package org.scrutineer.report;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.scrutineer.agenda.ReportApprovedForAgenda;
import org.scrutineer.web.ProcessVariables;
import org.scrutineer.web.RecordAfterTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records the director's decision: the approver's name and the date, which the meeting's process is
 * told of, or the report's return to its author with the reasons.
 */
@Component("recordApproval")
class RecordApproval extends RecordAfterTask {

    private final ReportRecords records;
    private final StaffNames staff;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecordApproval(CheckApproval check, ReportRecords records, StaffNames staff, Clock clock, ApplicationEventPublisher events) {
        super(check);
        this.records = records;
        this.staff = staff;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalDecision decision = ApprovalDecision.of(execution);
        execution.setVariable("approved", decision.approved());
        Report report = records.of(execution);
        if (decision.approved()) {
            String approver = ProcessVariables.of(execution).text(CheckApproval.APPROVED_BY).orElseThrow();
            report.approve(approver, staff.nameOf(approver), LocalDate.now(clock));
            events.publishEvent(new ReportApprovedForAgenda(report.getMeetingId(), report.getId()));
        } else {
            execution.setVariable("approvalComments", decision.comments());
            execution.setVariable("returnedBy", "director");
            report.moveTo(ReportStatus.CHANGES_REQUESTED);
        }
    }
}
