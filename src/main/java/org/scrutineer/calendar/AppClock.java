package org.scrutineer.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application. It runs on from a configurable start instant and can be
 * moved (by tests and by demonstrations); every move is mirrored into the engine's ClockUtil so
 * that timers, due dates and Java code agree on "now".
 */
public class AppClock extends Clock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozenAt;

    public AppClock(Clock system) {
        this.system = system;
    }

    public static AppClock startingAt(Instant start) {
        AppClock clock = new AppClock(Clock.systemUTC());
        if (start != null) {
            clock.runFrom(start);
        }
        return clock;
    }

    /** Time continues to run from the given instant. */
    public synchronized void runFrom(Instant start) {
        frozenAt = null;
        offset = Duration.between(system.instant(), start);
        ClockUtil.offset(offset.toMillis());
    }

    /** Time stands still at the given instant until moved again. */
    public synchronized void freezeAt(Instant instant) {
        frozenAt = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public synchronized void advance(Duration by) {
        if (frozenAt != null) {
            freezeAt(frozenAt.plus(by));
        } else {
            runFrom(instant().plus(by));
        }
    }

    /**
     * Where the clock stands now (running with its offset from real time, or frozen), so that
     * something that lives through other dates, as the demo year does, can put it back.
     */
    public synchronized Setting setting() {
        return new Setting(offset, frozenAt);
    }

    /** Puts the clock back as {@link #setting()} found it: running with the same offset, or frozen at the same instant. */
    public synchronized void restore(Setting setting) {
        if (setting.frozenAt() != null) {
            freezeAt(setting.frozenAt());
        } else if (setting.offset().isZero()) {
            reset();
        } else {
            frozenAt = null;
            offset = setting.offset();
            ClockUtil.offset(offset.toMillis());
        }
    }

    /** The clock's offset from real time, or the instant it is frozen at. */
    public record Setting(Duration offset, Instant frozenAt) {
    }

    public synchronized void reset() {
        frozenAt = null;
        offset = Duration.ZERO;
        ClockUtil.reset();
    }

    public ZonedDateTime nowInLondon() {
        return instant().atZone(LONDON);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen : system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AppClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }
}
