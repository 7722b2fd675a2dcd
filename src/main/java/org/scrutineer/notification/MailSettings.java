package org.scrutineer.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings ({@code scrutineer.mail.*}).
 *
 * @param embeddedServer run an SMTP server inside the application and send to it
 * @param embeddedPort   its port; 0 picks a free one
 * @param from           the sender of every email
 * @param publicUrl      the address people use to reach Scrutineer, for links in emails
 * @param maxAttempts    delivery attempts before a message is marked FAILED
 * @param retryDelays    the wait after each failed attempt; the last is repeated if there are more attempts
 * @param pollDelay      how often pending mail is looked for
 * @param poll           whether this node delivers mail in the background
 */
@ConfigurationProperties("scrutineer.mail")
public record MailSettings(
        boolean embeddedServer,
        int embeddedPort,
        String from,
        String publicUrl,
        int maxAttempts,
        List<Duration> retryDelays,
        Duration pollDelay,
        boolean poll) {

    public MailSettings {
        from = from == null ? "Scrutineer <no-reply@localhost>" : from;
        publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        retryDelays = retryDelays == null || retryDelays.isEmpty() ? List.of(Duration.ofMinutes(5)) : List.copyOf(retryDelays);
        pollDelay = pollDelay == null ? Duration.ofSeconds(5) : pollDelay;
    }

    /** The wait before the next attempt, after {@code attemptsSoFar} failures. */
    public Duration delayAfter(int attemptsSoFar) {
        int index = Math.min(Math.max(attemptsSoFar, 1), retryDelays.size()) - 1;
        return retryDelays.get(index);
    }
}
