package org.scrutineer.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** One email per person listing all of their overdue tasks, at most once a day. */
@Component("sendOverdueDigests")
class SendOverdueDigests implements JavaDelegate {

    static final String KIND = "overdue-digest";

    private final OverdueTasks overdueTasks;
    private final ReminderLedger ledger;
    private final Outbox outbox;
    private final TaskLinks links;
    private final Clock clock;

    SendOverdueDigests(OverdueTasks overdueTasks, ReminderLedger ledger, Outbox outbox, TaskLinks links, Clock clock) {
        this.overdueTasks = overdueTasks;
        this.ledger = ledger;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int sent = Context.getCommandContext().runWithoutAuthorization(this::sendDigests);
        execution.setVariable("digestsSent", sent);
    }

    private int sendDigests() {
        LocalDate today = LocalDate.now(clock);
        Map<Recipient, List<OverdueTask>> byPerson = new LinkedHashMap<>();
        for (OverdueTask task : overdueTasks.now()) {
            task.recipients().forEach(r -> byPerson.computeIfAbsent(r, k -> new ArrayList<>()).add(task));
        }
        int sent = 0;
        for (Map.Entry<Recipient, List<OverdueTask>> entry : byPerson.entrySet()) {
            Recipient person = entry.getKey();
            if (ledger.firstToday(person.userId(), KIND, today, entry.getValue().size())) {
                outbox.enqueue(person.email(), "notification/mail/overdue-digest",
                        Map.of("name", person.name(), "tasks", entry.getValue(), "tasklist", links.tasklist()), KIND,
                        entry.getValue().stream().map(OverdueTask::processKey).distinct().toList());
                sent++;
            }
        }
        return sent;
    }
}
