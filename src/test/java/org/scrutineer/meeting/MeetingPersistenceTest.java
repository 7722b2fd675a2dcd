package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.calendar.AppClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps its data in files: a restart must not lose a meeting. The second
 * start also shows {@code --scrutineer.clock.start} starting the application, engine included, at
 * another instant.
 */
@Tag("own-application")
class MeetingPersistenceTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(String... more) {
        String[] args = {"--scrutineer.data-dir=" + dataDir,
                "--server.port=0",
                "--camunda.bpm.process-engine-name=restart-check",
                "--camunda.bpm.job-execution.enabled=false",
                "--scrutineer.demo-data.year=false"};
        return new SpringApplicationBuilder(ScrutineerApplication.class)
                .run(Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new));
    }

    @Test
    void meetingsSurviveARestart() {
        long id;
        try (ConfigurableApplicationContext first = start()) {
            id = first.getBean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), "Room 1").id();
        }
        assertThat(dataDir.resolve("scrutineer.mv.db")).exists();

        try (ConfigurableApplicationContext second = start("--scrutineer.clock.start=2025-03-10T09:00:00Z")) {
            AppClock clock = second.getBean(AppClock.class);
            assertThat(clock.instant()).isBetween(Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-10T09:05:00Z"));
            assertThat(ClockUtil.getCurrentTime().toInstant())
                    .as("the engine starts at the same instant").isBetween(Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-10T09:05:00Z"));
            clock.reset();

            ScheduledMeeting meeting = second.getBean(MeetingService.class).get(id);
            assertThat(meeting.startsAt()).isEqualTo(LocalDateTime.parse("2025-03-18T14:00"));
            assertThat(meeting.venue()).isEqualTo("Room 1");
            assertThat(meeting.deadlines().questionDeadline()).isEqualTo(LocalDateTime.parse("2025-03-12T17:00"));
        }
    }
}
