package org.scrutineer.meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 1.2: stores the deadlines of the meetings scheduled before meetings kept their own,
 * computed from the committees' rules on the day of the upgrade, which is what those meetings
 * showed until then. A meeting of a committee no longer configured gets the default rules; one the
 * calendar cannot count for keeps its start as every deadline, marked as set by hand, for an officer to correct.
 */
@Component
class BackfillMeetingDeadlines implements JavaMigration {

    static final String UNCOUNTABLE = "Stored on upgrade: the committee's rules could not be applied to this meeting's date";

    private final Committees committees;
    private final DeadlineRules rules;

    BackfillMeetingDeadlines(Committees committees, DeadlineRules rules) {
        this.committees = committees;
        this.rules = rules;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.2");
    }

    @Override
    public String getDescription() {
        return "backfill meeting deadlines";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, committee_id, starts_at from meeting where question_deadline is null");
             PreparedStatement update = connection.prepareStatement("update meeting set question_deadline = ?, report_deadline = ?,"
                     + " agenda_publication_date = ?, question_deadline_overridden = ?, report_deadline_overridden = ?,"
                     + " agenda_publication_overridden = ?, deadline_override_reason = ? where id = ?")) {
            while (rows.next()) {
                String committeeId = rows.getString("committee_id");
                LocalDateTime startsAt = rows.getObject("starts_at", LocalDateTime.class);
                Committee committee = committees.find(committeeId)
                        .orElseGet(() -> new Committee(committeeId, null, null, null, null, null, null, null, null, null, null));
                MeetingDeadlines deadlines;
                boolean countable = true;
                try {
                    deadlines = rules.deadlinesFor(committee, startsAt);
                } catch (IllegalArgumentException outsideTheCalendar) {
                    deadlines = new MeetingDeadlines(startsAt, startsAt.toLocalDate(), startsAt.toLocalDate());
                    countable = false;
                }
                update.setObject(1, deadlines.questionDeadline());
                update.setObject(2, deadlines.reportDeadline());
                update.setObject(3, deadlines.agendaPublicationDate());
                update.setBoolean(4, !countable);
                update.setBoolean(5, !countable);
                update.setBoolean(6, !countable);
                update.setString(7, countable ? null : UNCOUNTABLE);
                update.setLong(8, rows.getLong("id"));
                update.executeUpdate();
            }
        }
    }
}
