package org.scrutineer.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox and the one thing they may do to it: try a failed message again. */
@Service
public class OutboxAdmin {

    static final int PAGE = 100;

    private final OutboxRepository messages;
    private final Clock clock;

    OutboxAdmin(OutboxRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The newest messages in {@code status} (any, if null) to addresses containing {@code to}. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> newestFirst(OutboxStatus status, String to) {
        return to == null || to.isBlank() ? newestFirst(status) : messages.search(status, to.strip(), Limit.of(PAGE));
    }

    @Transactional(readOnly = true)
    public List<OutboxMessage> newestFirst(OutboxStatus status) {
        return status == null
                ? messages.findAllByOrderByCreatedAtDescIdDesc(Limit.of(PAGE))
                : messages.findByStatusOrderByCreatedAtDescIdDesc(status, Limit.of(PAGE));
    }

    @Transactional(readOnly = true)
    public long count(OutboxStatus status) {
        return messages.countByStatus(status);
    }

    /** Puts a FAILED message back in the queue; answers false if it was not FAILED. */
    @Transactional
    public boolean retry(long id) {
        return messages.findById(id)
                .filter(m -> m.getStatus() == OutboxStatus.FAILED)
                .map(m -> {
                    m.retry(clock.instant());
                    return true;
                })
                .orElse(false);
    }
}
