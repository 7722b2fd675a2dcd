package org.scrutineer.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets every email and every reminder sent, so that a demonstration seeded again starts with an
 * empty outbox and today's digests still to send. Only the demo year's reset uses it.
 */
@Service
public class MailReset {

    private final OutboxRepository messages;
    private final ReminderLedger reminders;

    MailReset(OutboxRepository messages, ReminderLedger reminders) {
        this.messages = messages;
        this.reminders = reminders;
    }

    @Transactional
    public void forgetAll() {
        messages.deleteAllInBatch();
        reminders.forgetAll();
    }
}
