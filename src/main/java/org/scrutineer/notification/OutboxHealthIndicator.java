package org.scrutineer.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog on {@code /actuator/health}: DOWN when a message has waited longer than
 * {@code scrutineer.mail.backlog-alert}, which means mail is not getting out.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxRepository outbox;
    private final Clock clock;
    private final Duration alertAfter;

    OutboxHealthIndicator(OutboxRepository outbox, Clock clock,
                          @Value("${scrutineer.mail.backlog-alert}") Duration alertAfter) {
        this.outbox = outbox;
        this.clock = clock;
        this.alertAfter = alertAfter;
    }

    @Override
    public Health health() {
        long pending = outbox.countByStatus(OutboxStatus.PENDING);
        long failed = outbox.countByStatus(OutboxStatus.FAILED);
        Instant oldest = outbox.oldestCreatedAt(OutboxStatus.PENDING);
        Duration waiting = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
        Health.Builder health = waiting.compareTo(alertAfter) > 0 ? Health.down() : Health.up();
        return health.withDetail("pending", pending)
                .withDetail("failed", failed)
                .withDetail("oldestPendingMinutes", waiting.toMinutes())
                .build();
    }
}
