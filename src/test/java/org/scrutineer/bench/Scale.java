package org.scrutineer.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big each measurement is. The defaults are the scales; each may be changed with a
 * system property, e.g. {@code mvn -Pbench verify -Dbench.openTasks=20000}.
 */
record Scale(int runs, int lifecycles, int people, int overdueTasks, int openTasks, int groups,
             int taskListQueries, int submissionClients, int submissionsPerClient) {

    static Scale fromSystemProperties() {
        return new Scale(
                Integer.getInteger("bench.runs", 3),
                Integer.getInteger("bench.lifecycles", 50),
                Integer.getInteger("bench.people", 500),
                Integer.getInteger("bench.overdueTasks", 10_000),
                Integer.getInteger("bench.openTasks", 50_000),
                Integer.getInteger("bench.groups", 10),
                Integer.getInteger("bench.taskListQueries", 50),
                Integer.getInteger("bench.submissionClients", 8),
                Integer.getInteger("bench.submissionsPerClient", 30));
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
        map.put("submissionClients", submissionClients);
        map.put("submissionsPerClientPerRun", submissionsPerClient);
        return map;
    }
}
