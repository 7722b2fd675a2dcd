package org.scrutineer.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Looks for due mail every few seconds. Safe on every node: delivery claims each message first. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "scrutineer.mail.poll", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

    private final OutboxDelivery delivery;

    OutboxPoller(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${scrutineer.mail.poll-delay:5s}", initialDelayString = "${scrutineer.mail.poll-delay:5s}")
    void deliver() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            log.error("Mail delivery round failed; it will be tried again", e);
        }
    }
}
