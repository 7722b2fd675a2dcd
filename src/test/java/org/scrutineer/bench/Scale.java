package org.scrutineer.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How big each measurement is. The defaults fit the whole run, on both databases, in 15 minutes
 * on 2 cores; each may be raised with a system property, e.g.
 * {@code mvn -Pbench verify -Dbench.openTasks=50000 -Dbench.overdueTasks=10000 -Dbench.people=500}; and
 * {@code -Dbench.only=taskList -Dbench.databases=POSTGRES} takes one measurement on one database,
 * as for the 500,000-task run.
 */
record Scale(int runs, int lifecycles, int people, int overdueTasks, int openTasks, int groups,
             int taskListQueries, int dashboardQueries, int submissionClients, int submissionsPerClient,
             Set<String> only, Set<String> databases) {

    /** The issue's scale, where the defaults are smaller, and why. */
    static final Map<String, Object> ISSUE_SCALE = Map.of("reminderPeople", 500, "overdueTasks", 10_000, "openTasks", 50_000);
    static final String WHY_SMALLER = "A quicker run on 2 cores: about 5 minutes against about 13 at the issue's scale, "
            + "where seeding 50,000 open tasks takes one to two minutes on each database and the reminder sweep "
            + "delivers about 18 mails a second to 500 people.";

    static Scale fromSystemProperties() {
        return new Scale(
                Integer.getInteger("bench.runs", 3),
                Integer.getInteger("bench.lifecycles", 20),
                Integer.getInteger("bench.people", 100),
                Integer.getInteger("bench.overdueTasks", 2_000),
                Integer.getInteger("bench.openTasks", 10_000),
                Integer.getInteger("bench.groups", 10),
                Integer.getInteger("bench.taskListQueries", 20),
                Integer.getInteger("bench.dashboardQueries", 5),
                Integer.getInteger("bench.submissionClients", 8),
                Integer.getInteger("bench.submissionsPerClient", 20),
                names(System.getProperty("bench.only", "")),
                names(System.getProperty("bench.databases", "")));
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }

    /** Whether the measurement is taken: all are, unless {@code bench.only} names some (lifecycle, reminders, taskList ...). */
    boolean measures(String measurement) {
        return only.isEmpty() || only.contains(measurement);
    }

    /** Whether the run measures on the database: both, unless {@code bench.databases} names one (H2, POSTGRES). */
    boolean measuresOn(BenchDatabase database) {
        return databases.isEmpty() || databases.contains(database.name());
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("measuredRuns", runs);
        map.put("warmUpRuns", 1);
        map.put("lifecyclesPerRun", lifecycles);
        map.put("reminderPeople", people);
        map.put("overdueTasks", overdueTasks);
        map.put("openTasks", openTasks);
        map.put("taskGroups", groups);
        map.put("taskListQueriesPerRun", taskListQueries);
        map.put("dashboardQueriesPerRun", dashboardQueries);
        map.put("submissionClients", submissionClients);
        map.put("submissionsPerClientPerRun", submissionsPerClient);
        if (!only.isEmpty()) {
            map.put("only", new TreeSet<>(only));
        }
        if (!databases.isEmpty()) {
            map.put("databases", new TreeSet<>(databases));
        }
        boolean smaller = people < 500 || overdueTasks < 10_000 || openTasks < 50_000;
        if (smaller) {
            map.put("issueScale", ISSUE_SCALE);
            map.put("whySmaller", WHY_SMALLER);
        }
        return map;
    }
}
