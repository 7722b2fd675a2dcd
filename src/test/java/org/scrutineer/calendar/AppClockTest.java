package org.scrutineer.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppClockTest {

    private final AppClock clock = AppClock.startingAt(Instant.parse("2025-03-01T09:00:00Z"));

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void startsAtTheConfiguredInstantAndRunsOn() {
        Instant first = clock.instant();
        assertThat(first).isBetween(Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-03-01T09:01:00Z"));
        assertThat(clock.instant()).isAfterOrEqualTo(first);
    }

    @Test
    void theEngineSeesTheSameTime() {
        assertThat(Duration.between(clock.instant(), ClockUtil.getCurrentTime().toInstant()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void movingTheClockMovesTheEngine() {
        clock.freezeAt(Instant.parse("2025-06-02T07:00:00Z"));
        clock.advance(Duration.ofDays(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-06-03T07:00:00Z"));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(Instant.parse("2025-06-03T07:00:00Z"));
    }

    @Test
    void readsLondonTime() {
        clock.freezeAt(Instant.parse("2025-06-02T07:00:00Z"));
        assertThat(clock.nowInLondon().getHour()).isEqualTo(8);
    }

    @Test
    void aMovedClockGoesBackToWhereItStood() {
        AppClock.Setting running = clock.setting();
        clock.freezeAt(Instant.parse("2024-01-02T09:00:00Z"));
        clock.restore(running);
        assertThat(clock.instant()).isBetween(Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-03-01T09:01:00Z"));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isBetween(Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-03-01T09:01:00Z"));

        clock.freezeAt(Instant.parse("2025-06-02T07:00:00Z"));
        AppClock.Setting frozen = clock.setting();
        clock.advance(Duration.ofDays(30));
        clock.restore(frozen);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-06-02T07:00:00Z"));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(Instant.parse("2025-06-02T07:00:00Z"));
    }

    @Test
    void aRealClockGoesBackToRealTime() {
        AppClock real = new AppClock(java.time.Clock.systemUTC());
        AppClock.Setting setting = real.setting();
        real.freezeAt(Instant.parse("2024-01-02T09:00:00Z"));
        real.restore(setting);
        assertThat(Duration.between(Instant.now(), real.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(Instant.now(), ClockUtil.getCurrentTime().toInstant()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
