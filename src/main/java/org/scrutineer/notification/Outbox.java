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

    /** What an address struck from the outbox reads as. */
    public static final String ERASED = "(address erased)";

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

    /**
     * Queues mail someone asked for and may stop with one click: it carries {@code unsubscribeUrl} in
     * its {@code List-Unsubscribe} header, with {@code List-Unsubscribe-Post} (RFC 8058).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMessage enqueueUnsubscribable(String recipient, String template, Map<String, Object> variables, String kind, String unsubscribeUrl) {
        MailTemplates.Mail mail = templates.render(template, variables);
        return messages.save(new OutboxMessage(recipient, mail.subject(), mail.body(), kind, null, clock.instant()).withUnsubscribeUrl(unsubscribeUrl));
    }

    /**
     * Forgets an address someone has taken back: their waiting mail of these kinds is not sent, and the
     * address is struck from what was sent to them.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void forget(String recipient, Collection<String> kinds) {
        messages.deleteByRecipientAndKindInAndStatusNot(recipient, kinds, OutboxStatus.SENT);
        messages.eraseRecipient(recipient, kinds, ERASED);
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
