package org.scrutineer.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.scrutineer.calendar.TestCalendars;

/**
 * Upgrading a database whose meetings derived their deadlines on every read: the migration stores
 * the deadlines the committee's rules give on the day of the upgrade, then requires them.
 */
class BackfillMeetingDeadlinesTest {

    private static final String URL = "jdbc:h2:mem:backfill-meeting-deadlines;DB_CLOSE_DELAY=-1";

    private Flyway flyway(String target, BackfillMeetingDeadlines backfill) {
        var configuration = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                .table("scrutineer_schema_history");
        if (backfill != null) {
            configuration.javaMigrations(backfill);
        }
        return (target == null ? configuration : configuration.target(target)).load();
    }

    @Test
    void existingMeetingsGetTheDeadlinesTheirCommitteesRulesGiveOnTheDayOfTheUpgrade() throws Exception {
        flyway("1.1", null).migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into meeting (committee_id, starts_at, venue, created_at, updated_at, version) values"
                    + " ('cyp', timestamp '2025-03-18 14:00:00', 'Room 1', current_timestamp, current_timestamp, 0),"
                    + " ('health', timestamp '2025-04-22 10:00:00', 'Room 2', current_timestamp, current_timestamp, 0)");
        }

        Committees configured = new Committees(List.of(new Committee("cyp", "Children and Young People", null, 4, LocalTime.of(17, 0), 8, 5, null, null, null, null)));
        flyway(null, new BackfillMeetingDeadlines(configured, new DeadlineRules(TestCalendars.englandAndWales()))).migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select committee_id, question_deadline, report_deadline, agenda_publication_date,"
                     + " question_deadline_overridden from meeting order by starts_at")) {
            rows.next();
            assertThat(rows.getObject("question_deadline", LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2025-03-12T17:00"));
            assertThat(rows.getObject("report_deadline", LocalDate.class)).isEqualTo(LocalDate.parse("2025-03-06"));
            assertThat(rows.getObject("agenda_publication_date", LocalDate.class)).isEqualTo(LocalDate.parse("2025-03-10"));
            assertThat(rows.getBoolean("question_deadline_overridden")).isFalse();
            rows.next();
            assertThat(rows.getString("committee_id")).as("a committee no longer configured gets the default rules").isEqualTo("health");
            assertThat(rows.getObject("question_deadline", LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2025-04-14T17:00"));
        }
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> sql.executeUpdate(
                    "insert into meeting (committee_id, starts_at, venue, created_at, updated_at, version) values"
                            + " ('cyp', timestamp '2025-05-20 14:00:00', 'Room 1', current_timestamp, current_timestamp, 0)")))
                    .as("a meeting can no longer be stored without its deadlines").isNotNull();
        }
    }
}
