package org.scrutineer.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Looks for due mail every {@code scrutineer.mail.poll-delay}, on a node with {@code scrutineer.mail.poll} on.
 * Safe on every node: delivery claims each message first.
 */
@Component
@ConditionalOnProperty(name = "scrutineer.mail.poll", havingValue = "true")
class OutboxPoller implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

    private final OutboxDelivery delivery;
    private final MailSettings settings;

    OutboxPoller(OutboxDelivery delivery, MailSettings settings) {
        this.delivery = delivery;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::deliver, settings.pollDelay(), settings.pollDelay()));
    }

    void deliver() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            log.error("Mail delivery round failed; it will be tried again", e);
        }
    }
}
