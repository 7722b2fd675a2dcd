package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.calendar.AppClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo year is relative to the clock, so it must seed whole on whatever day a newcomer starts
 * it: on a weekend, a bank holiday, over Christmas, late at night. Each day seeds the year again on
 * one application.
 */
@Tag("own-application")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoYearOnAnyDateTest {

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;

    @BeforeAll
    void start() {
        app = new SpringApplicationBuilder(ScrutineerApplication.class).run("--scrutineer.data-dir=" + dataDir, "--server.port=0",
                "--scrutineer.mail.embedded-port=0", "--scrutineer.mail.poll=false", "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.process-engine-name=demo-any-date");
    }

    @AfterAll
    void stop() {
        app.getBean(AppClock.class).reset();
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-12-24T16:30:00Z", // Christmas Eve, the bank holidays ahead
            "2026-12-26T11:00:00Z", // Boxing Day, a Saturday
            "2027-01-01T08:00:00Z", // New Year's Day
            "2027-03-29T09:00:00Z", // Easter Monday
            "2027-08-15T22:59:00Z", // a Sunday, a minute before midnight in London
            "2028-02-29T13:00:00Z"  // a leap day
    })
    void theWholeYearIsSeeded(String day) {
        AppClock clock = app.getBean(AppClock.class);
        clock.freezeAt(Instant.parse(day));
        DemoYear.Seeded seeded = app.getBean(DemoYear.class).seedAgain();

        assertThat(seeded.meetings()).isEqualTo(4);
        assertThat(seeded.processes()).as("the meetings, questions, reports, recommendations with their actions, tracked actions, disputes, the improvement plan").isEqualTo(28);
        assertThat(clock.instant()).as("the clock is back where it stood").isEqualTo(Instant.parse(day));
        TaskService tasks = app.getBean(TaskService.class);
        for (String key : new String[] {"approveReviewers", "screenQuestion", "draftAnswer", "reviseReport", "holdDisputeMeeting",
                "respondInformal", "agreeOutcome"}) {
            assertThat(tasks.createTaskQuery().taskDefinitionKey(key).count()).as(key + " on " + day).isOne();
        }
        assertThat(tasks.createTaskQuery().taskDefinitionKey("recordExecutiveResponse").count()).isEqualTo(3);
        assertThat(tasks.createTaskQuery().taskDefinitionKey("reviewReport").count()).isEqualTo(2);
        assertThat(app.getBean(org.camunda.bpm.engine.HistoryService.class).createHistoricTaskInstanceQuery()
                .taskDefinitionKey("updateActionProgress").finished().count()).as("every action updated for at least three boards").isGreaterThanOrEqualTo(15);
    }
}
