package org.scrutineer.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * One email per person listing all of their overdue tasks, and what their groups are asked to look at
 * ({@link DigestNotices}), at most once a day.
 */
@Component("sendOverdueDigests")
class SendOverdueDigests implements JavaDelegate {

    static final String KIND = "overdue-digest";

    private final OverdueTasks overdueTasks;
    private final ReminderLedger ledger;
    private final Outbox outbox;
    private final TaskLinks links;
    private final List<DigestNotices> notices;
    private final TaskRecipients recipients;
    private final Clock clock;

    SendOverdueDigests(OverdueTasks overdueTasks, ReminderLedger ledger, Outbox outbox, TaskLinks links, List<DigestNotices> notices,
                       TaskRecipients recipients, Clock clock) {
        this.overdueTasks = overdueTasks;
        this.notices = notices;
        this.recipients = recipients;
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
        Map<Recipient, List<DigestNotices.Notice>> noticesByPerson = new LinkedHashMap<>();
        Map<String, List<Recipient>> members = new HashMap<>();
        for (DigestNotices source : notices) {
            for (DigestNotices.Notice notice : source.on(today)) {
                members.computeIfAbsent(notice.group(), group -> recipients.forGroupsAndUsers(List.of(group), List.of())).forEach(r -> {
                    noticesByPerson.computeIfAbsent(r, k -> new ArrayList<>()).add(notice);
                    byPerson.computeIfAbsent(r, k -> new ArrayList<>());
                });
            }
        }
        int sent = 0;
        for (Map.Entry<Recipient, List<OverdueTask>> entry : byPerson.entrySet()) {
            Recipient person = entry.getKey();
            List<DigestNotices.Notice> forPerson = noticesByPerson.getOrDefault(person, List.of());
            if (ledger.firstToday(person.userId(), KIND, today, entry.getValue().size() + forPerson.size())) {
                outbox.enqueue(person.email(), "notification/mail/overdue-digest",
                        Map.of("name", person.name(), "tasks", entry.getValue(), "notices", forPerson, "tasklist", links.tasklist()), KIND,
                        entry.getValue().stream().map(OverdueTask::processKey).distinct().toList());
                sent++;
            }
        }
        return sent;
    }
}
