package org.scrutineer.notification;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each reminder before it is queued. The unique key on (recipient, kind, day) is what
 * guarantees one digest a day: a second sweep finds the row, and a concurrent one fails its
 * transaction and sends nothing.
 */
@Component
class ReminderLedger {

    private final ReminderSentRepository sent;
    private final Clock clock;

    ReminderLedger(ReminderSentRepository sent, Clock clock) {
        this.sent = sent;
        this.clock = clock;
    }

    /** Answers true, and records it, if {@code recipient} has had no reminder of this kind on {@code day}. */
    @Transactional
    boolean firstToday(String recipient, String kind, LocalDate day, int taskCount) {
        if (sent.existsByRecipientAndKindAndSentOn(recipient, kind, day)) {
            return false;
        }
        sent.saveAndFlush(new ReminderSent(recipient, kind, day, taskCount, clock.instant()));
        return true;
    }
}
