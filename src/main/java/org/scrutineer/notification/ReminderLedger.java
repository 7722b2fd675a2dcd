package org.scrutineer.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each reminder before it is queued. The unique key on (recipient, kind, day) is what
 * guarantees one digest a day: a second sweep finds the row, and a concurrent one fails its
 * transaction and sends nothing.
 *
 * <p>The row is written by one statement that inserts it only if it is not there, not through the
 * persistence context: a sweep records thousands of reminders in one transaction, and every query
 * the persistence context answers first checks every entity it holds for changes.
 */
@Component
class ReminderLedger {

    private static final String RECORD_IF_FIRST = """
            insert into reminder_sent (recipient, kind, sent_on, task_count, created_at)
            select :recipient, :kind, :day, :taskCount, :now where not exists (
                select 1 from reminder_sent where recipient = :recipient and kind = :kind and sent_on = :day)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReminderLedger(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Answers true, and records it, if {@code recipient} has had no reminder of this kind on {@code day}. */
    @Transactional
    boolean firstToday(String recipient, String kind, LocalDate day, int taskCount) {
        return jdbc.update(RECORD_IF_FIRST, Map.of("recipient", recipient, "kind", kind, "day", day, "taskCount", taskCount,
                "now", clock.instant().atOffset(ZoneOffset.UTC))) == 1;
    }

    /** Forgets every reminder recorded, so that today's are to send again. */
    void forgetAll() {
        jdbc.getJdbcTemplate().update("delete from reminder_sent");
    }
}
