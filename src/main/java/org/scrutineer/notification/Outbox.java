package org.scrutineer.notification;

import java.time.Clock;
import java.util.Map;

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
    private final Clock clock;

    public Outbox(OutboxRepository messages, MailTemplates templates, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMessage enqueue(String recipient, MailTemplates.Mail mail, String kind) {
        return messages.save(new OutboxMessage(recipient, mail.subject(), mail.body(), kind, clock.instant()));
    }

    /** Renders {@code template} with {@code variables} and queues the result for {@code recipient}. */
    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMessage enqueue(String recipient, String template, Map<String, Object> variables, String kind) {
        return enqueue(recipient, templates.render(template, variables), kind);
    }
}
