package org.scrutineer.notification;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Mail settings ({@code scrutineer.mail.*}): the sender and public address in {@code config/application.yaml}, the rest in
 * {@code application.yaml}.
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
@Validated
public record MailSettings(
        boolean embeddedServer,
        int embeddedPort,
        @NotBlank String from,
        @NotBlank String publicUrl,
        @Min(1) int maxAttempts,
        @NotEmpty List<@NotNull Duration> retryDelays,
        @NotNull Duration pollDelay,
        boolean poll) {

    public MailSettings {
        publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
        retryDelays = retryDelays == null ? null : List.copyOf(retryDelays);
    }

    /** The wait before the next attempt, after {@code attemptsSoFar} failures. */
    public Duration delayAfter(int attemptsSoFar) {
        int index = Math.min(Math.max(attemptsSoFar, 1), retryDelays.size()) - 1;
        return retryDelays.get(index);
    }
}
