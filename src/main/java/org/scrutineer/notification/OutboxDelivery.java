package org.scrutineer.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox. A message is claimed for a short while before it is sent, so
 * two nodes never send the same one; a failure schedules the next attempt, and the last allowed
 * failure marks it FAILED for an administrator to see and retry.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 50;

    private final OutboxRepository messages;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public OutboxDelivery(OutboxRepository messages, JavaMailSender mailSender, MailSettings settings,
                          TransactionTemplate transactions, Clock clock) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Delivers every message that is due now; answers how many were sent. */
    public int deliverDue() {
        int sent = 0;
        List<Long> claimed;
        do {
            claimed = claimDue();
            if (!claimed.isEmpty()) {
                sent += deliver(claimed);
            }
        } while (claimed.size() == BATCH);
        return sent;
    }

    private List<Long> claimDue() {
        try {
            return transactions.execute(status -> {
                Instant now = clock.instant();
                List<OutboxMessage> due = messages.findDue(now, Limit.of(BATCH));
                due.forEach(m -> m.claimUntil(now.plus(CLAIM)));
                messages.flush();
                return due.stream().map(OutboxMessage::getId).toList();
            });
        } catch (OptimisticLockingFailureException e) {
            log.debug("Another node claimed the same mail first", e);
            return List.of();
        }
    }

    /**
     * Sends one claimed batch over one connection to the relay, and records what happened to each
     * message in one transaction. The mails go in the order they were claimed. A message the relay
     * refuses fails alone; if the relay cannot be reached, every message of the batch waits for its
     * next attempt.
     */
    private int deliver(List<Long> claimed) {
        Map<Long, String> failures = new HashMap<>();
        Map<MimeMessage, OutboxMessage> mimes = new LinkedHashMap<>();
        List<OutboxMessage> batch = new ArrayList<>(messages.findAllById(claimed));
        batch.sort(Comparator.comparingInt(m -> claimed.indexOf(m.getId())));
        for (OutboxMessage message : batch) {
            try {
                mimes.put(toMime(message), message);
            } catch (Exception e) {
                failures.put(message.getId(), rootMessage(e));
            }
        }
        if (!mimes.isEmpty()) {
            try {
                mailSender.send(mimes.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                Map<Object, Exception> failed = e.getFailedMessages();
                mimes.forEach((mime, m) -> {
                    Exception error = failed.isEmpty() ? e : failed.get(mime);
                    if (error != null) {
                        failures.put(m.getId(), rootMessage(error));
                    }
                });
            } catch (Exception e) {
                mimes.values().forEach(m -> failures.put(m.getId(), rootMessage(e)));
            }
        }
        batch.stream().filter(m -> failures.containsKey(m.getId())).forEach(m -> log.warn(
                "Mail {} to {} not delivered (attempt {}): {}", m.getId(), m.getRecipient(), m.getAttempts() + 1, failures.get(m.getId())));
        transactions.executeWithoutResult(status -> messages.findAllById(claimed).forEach(m -> {
            String error = failures.get(m.getId());
            if (error == null) {
                m.sent(clock.instant());
            } else {
                m.failed(error, clock.instant(), settings.maxAttempts(), settings.delayAfter(m.getAttempts() + 1));
            }
        }));
        return (int) batch.stream().filter(m -> !failures.containsKey(m.getId())).count();
    }

    private MimeMessage toMime(OutboxMessage message) throws Exception {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        mime.setHeader("X-Scrutineer-Outbox-Id", String.valueOf(message.getId()));
        if (message.getUnsubscribeUrl() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.getUnsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e == root ? text : e.getClass().getSimpleName() + ": " + text;
    }
}
