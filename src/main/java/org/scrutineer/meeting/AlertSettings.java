package org.scrutineer.meeting;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Email alerts about a committee ({@code scrutineer.alerts.*}, set in {@code config/application.yaml}).
 *
 * @param rateLimitRequests requests for emails allowed from one address ...
 * @param rateLimitWindow   ... within this window
 * @param unconfirmedKeptFor how long an address whose confirmation link was never followed is kept before it is erased
 */
@ConfigurationProperties("scrutineer.alerts")
@Validated
public record AlertSettings(@NotNull Integer rateLimitRequests, @NotNull Duration rateLimitWindow, @NotNull Duration unconfirmedKeptFor) {
}
