package org.scrutineer.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within a sliding {@code window}, counted in memory on this
 * node. Keys with nothing in the window are forgotten, so memory follows current traffic.
 */
public class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Records an event for {@code key} and answers whether it is within the limit. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        boolean[] allowed = {false};
        events.compute(key, (k, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
                recent.pollFirst();
            }
            if (recent.size() < limit) {
                recent.addLast(now);
                allowed[0] = true;
            }
            return recent;
        });
        if (events.size() > 10_000) {
            events.entrySet().removeIf(e -> e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(since));
        }
        return allowed[0];
    }

    public Duration window() {
        return window;
    }
}
