package org.scrutineer.identity;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many wrong passwords a sign-in may take ({@code scrutineer.login.*}, set in {@code application.yaml}).
 *
 * @param maxAttempts           wrong passwords in a row that lock an account ...
 * @param lockDuration          ... for this long; an administrator may unlock it sooner
 * @param maxFailuresPerAddress failed sign-ins from one client address, whatever the user names, ...
 * @param addressWindow         ... within this window that refuse that address for {@code lockDuration}
 */
@ConfigurationProperties("scrutineer.login")
@Validated
public record LoginSettings(@NotNull @Min(1) Integer maxAttempts, @NotNull Duration lockDuration,
                            @NotNull @Min(1) Integer maxFailuresPerAddress, @NotNull Duration addressWindow) {
}
