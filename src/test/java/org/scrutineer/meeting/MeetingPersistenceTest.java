package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in files: a restart must not lose a meeting. */
class MeetingPersistenceTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ScrutineerApplication.class)
                .run("--scrutineer.data-dir=" + dataDir,
                        "--server.port=0",
                        "--camunda.bpm.process-engine-name=restart-check",
                        "--camunda.bpm.job-execution.enabled=false");
    }

    @Test
    void meetingsSurviveARestart() {
        long id;
        try (ConfigurableApplicationContext first = start()) {
            id = first.getBean(MeetingService.class).schedule("cyp", LocalDateTime.parse("2025-03-18T14:00"), "Room 1").id();
        }
        assertThat(dataDir.resolve("scrutineer.mv.db")).exists();

        try (ConfigurableApplicationContext second = start()) {
            ScheduledMeeting meeting = second.getBean(MeetingService.class).get(id);
            assertThat(meeting.startsAt()).isEqualTo(LocalDateTime.parse("2025-03-18T14:00"));
            assertThat(meeting.venue()).isEqualTo("Room 1");
            assertThat(meeting.deadlines().questionDeadline()).isEqualTo(LocalDateTime.parse("2025-03-12T17:00"));
        }
    }
}
