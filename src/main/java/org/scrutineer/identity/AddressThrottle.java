package org.scrutineer.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins from a client address that has failed too often, whatever user names it tried,
 * so that one caller cannot lock every account in turn or guess passwords across them. Counted in
 * memory on each node; addresses with nothing recent are forgotten.
 */
@Component
class AddressThrottle {

    private static final Logger log = LoggerFactory.getLogger(AddressThrottle.class);

    private record Failures(Deque<Instant> recent, Instant refusedUntil) {
    }

    private final LoginSettings settings;
    private final Clock clock;
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    AddressThrottle(LoginSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Optional<Instant> refusedUntil(String address) {
        Failures failures = addresses.get(address);
        Instant now = clock.instant();
        return failures == null || failures.refusedUntil() == null || !failures.refusedUntil().isAfter(now)
                ? Optional.empty() : Optional.of(failures.refusedUntil());
    }

    void failed(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(settings.addressWindow());
        addresses.compute(address, (key, earlier) -> {
            Deque<Instant> recent = earlier == null ? new ArrayDeque<>() : earlier.recent();
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
                recent.pollFirst();
            }
            recent.addLast(now);
            if (recent.size() >= settings.maxFailuresPerAddress()) {
                log.warn("Sign-ins from {} refused for {} after {} failures", key, settings.lockDuration(), recent.size());
                recent.clear();
                return new Failures(recent, now.plus(settings.lockDuration()));
            }
            return new Failures(recent, earlier == null ? null : earlier.refusedUntil());
        });
        if (addresses.size() > 10_000) {
            addresses.values().removeIf(f -> (f.refusedUntil() == null || !f.refusedUntil().isAfter(now))
                    && (f.recent().isEmpty() || !f.recent().peekLast().isAfter(since)));
        }
    }
}
