package org.scrutineer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.identity.Roles;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.notification.Outbox;
import org.scrutineer.notification.Recipient;
import org.scrutineer.notification.TaskRecipients;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A report not yet approved 2 working days before agenda publication: emails democratic services
 * and the approver (the director holding approveReport, or every director while it is still in
 * review), once each.
 */
@Component("escalateReport")
class EscalateReport implements JavaDelegate {

    static final String KIND = "report-escalation";

    private final ReportRecords records;
    private final TaskRecipients recipients;
    private final TaskService taskService;
    private final MeetingService meetings;
    private final Outbox outbox;
    private final DateWords words;

    EscalateReport(ReportRecords records, TaskRecipients recipients, TaskService taskService, MeetingService meetings,
                   Outbox outbox, DateWords words) {
        this.records = records;
        this.recipients = recipients;
        this.taskService = taskService;
        this.meetings = meetings;
        this.outbox = outbox;
        this.words = words;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = records.of(execution);
        List<Recipient> people = Context.getCommandContext().runWithoutAuthorization(() -> whoToTell(execution.getProcessInstanceId()));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("report", report);
        variables.put("status", report.getStatus().words().toLowerCase());
        variables.put("meetingTitle", ProcessVariables.of(execution).text("meetingTitle").orElse(""));
        variables.put("agendaPublication", words.date(meetings.get(report.getMeetingId()).deadlines().agendaPublicationDate()));
        variables.put("link", ProcessVariables.of(execution).text("reportLink").orElse(""));
        for (Recipient person : people) {
            Map<String, Object> personal = new LinkedHashMap<>(variables);
            personal.put("name", person.name());
            outbox.enqueue(person.email(), "report/mail/escalation", personal, KIND);
        }
        execution.setVariable("escalatedTo", new ArrayList<>(people.stream().map(Recipient::userId).toList()));
    }

    private List<Recipient> whoToTell(String processInstanceId) {
        Task approval = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("approveReport").singleResult();
        Map<String, Recipient> people = new LinkedHashMap<>();
        recipients.forGroupsAndUsers(List.of(Roles.DEMOCRATIC_SERVICES), List.of()).forEach(p -> people.putIfAbsent(p.userId(), p));
        List<Recipient> approvers = approval != null && approval.getAssignee() != null
                ? recipients.forGroupsAndUsers(List.of(), List.of(approval.getAssignee()))
                : recipients.forGroupsAndUsers(List.of(ReportGroups.DIRECTORS), List.of());
        approvers.forEach(p -> people.putIfAbsent(p.userId(), p));
        return List.copyOf(people.values());
    }
}
