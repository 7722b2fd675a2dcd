package org.scrutineer.improvement;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.calendar.DateWords;
import org.scrutineer.calendar.LondonTime;
import org.scrutineer.identity.StaffDirectory;
import org.scrutineer.notification.MailSettings;
import org.scrutineer.notification.Outbox;
import org.scrutineer.notification.Recipient;
import org.scrutineer.notification.TaskRecipients;
import org.scrutineer.web.ProcessVariables;
import org.springframework.stereotype.Component;

/** An update not given by its due date: kept in the action's history, and the theme's accountable lead is emailed. */
@Component("escalateMissedUpdate")
class EscalateMissedUpdate implements JavaDelegate {

    static final String KIND = "improvement-update-missed";

    private final ActionProgress progress;
    private final ActionLeads leads;
    private final TaskRecipients recipients;
    private final Outbox outbox;
    private final DateWords words;
    private final MailSettings mail;

    EscalateMissedUpdate(ActionProgress progress, ActionLeads leads, TaskRecipients recipients, Outbox outbox, DateWords words, MailSettings mail) {
        this.progress = progress;
        this.leads = leads;
        this.recipients = recipients;
        this.outbox = outbox;
        this.words = words;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long actionId = variables.id("actionId");
        LocalDate due = LondonTime.of((Date) execution.getVariable("updateDue")).toLocalDate();
        progress.missed(actionId, due);
        PlanAction action = progress.get(actionId);
        StaffDirectory.Entry lead = leads.who(action.getLead());
        StaffDirectory.Entry accountable = leads.who(action.getTheme().getAccountableLead());
        List<Recipient> to = recipients.forGroupsAndUsers(accountable.group() == null ? List.of() : List.of(accountable.group()),
                accountable.user() == null ? List.of() : List.of(accountable.user()));
        for (Recipient person : to) {
            outbox.enqueue(person.email(), "improvement/mail/update-missed", Map.of(
                    "name", person.name(),
                    "action", action,
                    "planTitle", variables.text("planTitle").orElse(""),
                    "leadName", lead.name(),
                    "dueWords", words.date(due),
                    "boardWords", variables.text("boardWords").orElse(""),
                    "planUrl", mail.publicUrl() + "/staff/plans/" + action.getPlanId()), KIND, List.of(ActionProgress.PROCESS));
        }
    }
}
