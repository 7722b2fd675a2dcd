package org.scrutineer.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords a sign-in may take ({@code scrutineer.login.*}).
 *
 * @param maxAttempts           wrong passwords in a row that lock an account ...
 * @param lockDuration          ... for this long; an administrator may unlock it sooner
 * @param maxFailuresPerAddress failed sign-ins from one client address, whatever the user names, ...
 * @param addressWindow         ... within this window that refuse that address for {@code lockDuration}
 */
@ConfigurationProperties("scrutineer.login")
public record LoginSettings(Integer maxAttempts, Duration lockDuration, Integer maxFailuresPerAddress, Duration addressWindow) {

    public LoginSettings {
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 50 : maxFailuresPerAddress;
        addressWindow = addressWindow == null ? Duration.ofMinutes(15) : addressWindow;
        if (maxAttempts < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalStateException("scrutineer.login.max-attempts and scrutineer.login.max-failures-per-address must be at least 1");
        }
    }
}
