package org.scrutineer.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.scrutineer.identity.RestrictedProcesses;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every email starts. A message is written in the caller's transaction, so it exists if
 * and only if the change that caused it was committed; delivery happens afterwards.
 */
@Service
public class Outbox {

    private final OutboxRepository messages;
    private final MailTemplates templates;
    private final RestrictedProcesses restricted;
    private final Clock clock;

    public Outbox(OutboxRepository messages, MailTemplates templates, RestrictedProcesses restricted, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.restricted = restricted;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMessage enqueue(String recipient, MailTemplates.Mail mail, String kind) {
        return enqueue(recipient, mail, kind, List.of());
    }

    /**
     * Queues {@code mail} about work in the processes {@code processKeys}: if any of them is one that
     * only some groups may see, so is the message in the outbox.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMessage enqueue(String recipient, MailTemplates.Mail mail, String kind, Collection<String> processKeys) {
        String audience = restricted.audienceOf(processKeys).map(groups -> String.join(",", groups)).orElse(null);
        return messages.save(new OutboxMessage(recipient, mail.subject(), mail.body(), kind, audience, clock.instant()));
    }

    /** Renders {@code template} with {@code variables} and queues the result for {@code recipient}. */
    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMessage enqueue(String recipient, String template, Map<String, Object> variables, String kind) {
        return enqueue(recipient, templates.render(template, variables), kind);
    }

    /** As {@link #enqueue(String, MailTemplates.Mail, String, Collection)}, rendering {@code template} first. */
    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMessage enqueue(String recipient, String template, Map<String, Object> variables, String kind,
                                 Collection<String> processKeys) {
        return enqueue(recipient, templates.render(template, variables), kind, processKeys);
    }
}
