package org.scrutineer.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * The SQL the engine runs for one call, caught from its statement log, and PostgreSQL's
 * {@code EXPLAIN ANALYZE} of it; and the sizes of the engine's task tables.
 */
final class QueryPlans {

    static final String TASK_COUNT = "org.scrutineer.identity.TaskQueryByExists.selectTaskCountByQueryCriteria";
    static final String TASK_LIST = "org.scrutineer.identity.TaskQueryByExists.selectTaskByQueryCriteria";

    private static final Pattern PARAMETER = Pattern.compile("(.*?)\\((\\w+)\\)(?:, |$)");

    private final DataSource dataSource;

    QueryPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code call} with the statement's log on, and answers the plan of the last statement it logged. */
    List<String> explain(String statement, Runnable call) throws SQLException {
        Logger logger = (Logger) LoggerFactory.getLogger(statement);
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        logger.setLevel(Level.DEBUG);
        try {
            call.run();
        } finally {
            logger.setLevel(level);
            logger.detachAppender(log);
        }
        String sql = null;
        String parameters = "";
        for (ILoggingEvent event : log.list) {
            String message = event.getFormattedMessage();
            if (message.contains("Preparing: ")) {
                sql = message.substring(message.indexOf("Preparing: ") + 11);
            } else if (message.contains("Parameters: ")) {
                parameters = message.substring(message.indexOf("Parameters: ") + 12);
            }
        }
        if (sql == null) {
            return List.of("no statement " + statement + " was run");
        }
        List<String> plan = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + bind(sql, parameters))) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        return plan;
    }

    private static String bind(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(parameters);
        while (m.find() && !m.group(0).isEmpty()) {
            String type = m.group(2);
            String value = m.group(1);
            values.add(type.equals("Integer") || type.equals("Long") || type.equals("Boolean") ? value : "'" + value.replace("'", "''") + "'");
        }
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?' && next < values.size()) {
                bound.append(values.get(next++));
            } else {
                bound.append(ch);
            }
        }
        return bound.toString();
    }

    void run(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /**
     * Brings PostgreSQL's statistics and visibility map of the task tables up to date, as its
     * autovacuum does on a database that has been running: the bench seeds thousands of tasks in
     * seconds and measures straight after, before autovacuum has looked.
     */
    Map<String, Object> catchUpWithAutovacuum() throws SQLException {
        Map<String, Object> caughtUp = new LinkedHashMap<>();
        caughtUp.put("sessionsHoldingBackVacuum", holdingBack());
        int rounds = 0;
        do {
            if (rounds > 0) {
                pause();
            }
            run("VACUUM ANALYZE act_ru_task, act_ru_identitylink, act_ru_authorization");
            rounds++;
        } while (rounds < VACUUM_ROUNDS && leastVisiblePercent() < ALL_VISIBLE_PERCENT);
        caughtUp.put("vacuumRounds", rounds);
        caughtUp.put("leastPagesAllVisiblePercent", leastVisiblePercent());
        return caughtUp;
    }

    private static final int VACUUM_ROUNDS = 5;
    private static final double ALL_VISIBLE_PERCENT = 95;

    /** Other sessions of the database whose snapshot stops a vacuum marking the newest rows visible to all. */
    private long holdingBack() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
                     + " and pid <> pg_backend_pid() and backend_xmin is not null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private double leastVisiblePercent() throws SQLException {
        double least = 100;
        for (Object size : tableSizes().values()) {
            least = Math.min(least, ((Number) ((Map<?, ?>) size).get("pagesAllVisiblePercent")).doubleValue());
        }
        return least;
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Rows, table and index megabytes of the engine's task, identity-link and authorization tables,
     * and the share of each table's pages its last vacuum marked visible to all, which an index-only
     * read needs.
     */
    Map<String, Object> tableSizes() throws SQLException {
        Map<String, Object> sizes = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization")) {
                try (ResultSet rs = s.executeQuery("select (select count(*) from " + table + "), pg_table_size('" + table
                        + "'), pg_indexes_size('" + table + "'), relpages, relallvisible from pg_class where relname = '" + table + "'")) {
                    rs.next();
                    Map<String, Object> size = new LinkedHashMap<>();
                    size.put("rows", rs.getLong(1));
                    size.put("tableMb", Timings.round(rs.getLong(2) / 1048576.0));
                    size.put("indexesMb", Timings.round(rs.getLong(3) / 1048576.0));
                    size.put("pagesAllVisiblePercent", rs.getLong(4) == 0 ? 100.0 : Timings.round(100.0 * rs.getLong(5) / rs.getLong(4)));
                    sizes.put(table.toUpperCase(), size);
                }
            }
        }
        return sizes;
    }
}
