package org.scrutineer.dispute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.scrutineer.notification.Outbox;
import org.scrutineer.notification.Recipient;
import org.scrutineer.notification.TaskLinks;
import org.scrutineer.notification.TaskRecipients;
import org.springframework.stereotype.Component;

/**
 * Tells the IRO who raised the dispute (or the IRO team, if that person has no email) and the
 * top tier that an escalation came too late for the next tier and went straight to the top. The
 * email names the task and links to the Tasklist; it carries nothing about the case.
 */
@Component("tellLateEscalation")
class TellLateEscalation implements JavaDelegate {

    static final String KIND = "dispute-late-escalation";

    private final DisputeRecords records;
    private final TaskRecipients recipients;
    private final TaskLinks links;
    private final Outbox outbox;

    TellLateEscalation(DisputeRecords records, TaskRecipients recipients, TaskLinks links, Outbox outbox) {
        this.records = records;
        this.recipients = recipients;
        this.links = links;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dispute dispute = records.of(execution);
        List<Recipient> people = Context.getCommandContext().runWithoutAuthorization(() -> iroAndTopTier(dispute));
        for (Recipient person : people) {
            outbox.enqueue(person.email(), "dispute/mail/late-escalation",
                    Map.of("name", person.name(), "dueBy", dispute.getTierDueBy(), "link", links.tasklist()), KIND,
                    List.of(DisputeIntake.PROCESS));
        }
        execution.setVariable("lateEscalationTold", new ArrayList<>(people.stream().map(Recipient::userId).toList()));
    }

    private List<Recipient> iroAndTopTier(Dispute dispute) {
        List<Recipient> iro = dispute.getRaisedBy() == null ? List.of()
                : recipients.forGroupsAndUsers(List.of(), List.of(dispute.getRaisedBy()));
        if (iro.isEmpty()) {
            iro = recipients.forGroupsAndUsers(List.of(DisputeGroups.IRO), List.of());
        }
        Map<String, Recipient> people = new LinkedHashMap<>();
        iro.forEach(p -> people.putIfAbsent(p.userId(), p));
        recipients.forGroupsAndUsers(List.of(dispute.getRespondentGroup()), List.of()).forEach(p -> people.putIfAbsent(p.userId(), p));
        return List.copyOf(people.values());
    }
}
