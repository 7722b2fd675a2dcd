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
    void catchUpWithAutovacuum() throws SQLException {
        run("VACUUM ANALYZE act_ru_task, act_ru_identitylink, act_ru_authorization");
    }

    /** Rows, table and index megabytes of the engine's task, identity-link and authorization tables. */
    Map<String, Object> tableSizes() throws SQLException {
        Map<String, Object> sizes = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization")) {
                try (ResultSet rs = s.executeQuery("select (select count(*) from " + table + "), pg_table_size('" + table
                        + "'), pg_indexes_size('" + table + "')")) {
                    rs.next();
                    Map<String, Object> size = new LinkedHashMap<>();
                    size.put("rows", rs.getLong(1));
                    size.put("tableMb", Timings.round(rs.getLong(2) / 1048576.0));
                    size.put("indexesMb", Timings.round(rs.getLong(3) / 1048576.0));
                    sizes.put(table.toUpperCase(), size);
                }
            }
        }
        return sizes;
    }
}
