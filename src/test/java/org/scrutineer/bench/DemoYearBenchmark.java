package org.scrutineer.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.meeting.DemoYear;

/**
 * The demo year's seeding, as the application logs it: on a node's first start on an empty database
 * (the newcomer's first minute), then deleted and seeded again on the same node, as a start with
 * {@code --scrutineer.demo-data.reset=true} does, once for each run.
 */
final class DemoYearBenchmark {

    private final BenchDatabase database;
    private final Scale scale;

    DemoYearBenchmark(BenchDatabase database, Scale scale) {
        this.database = database;
        this.scale = scale;
    }

    Map<String, Object> run() {
        try (BenchNode node = BenchNode.start(database, true)) {
            DemoYear year = node.bean(DemoYear.class);
            DemoYear.Seeded first = year.lastSeeded().orElseThrow(() -> new IllegalStateException("The demo year was not seeded"));
            List<Double> seconds = new ArrayList<>();
            DemoYear.Seeded last = first;
            for (int run = 0; run < scale.runs(); run++) {
                last = year.seedAgain();
                seconds.add(last.took().toMillis() / 1000.0);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("firstSeedingSeconds", Timings.round(first.took().toMillis() / 1000.0));
            result.put("seedingSeconds", Timings.round(Timings.median(seconds)));
            result.put("runsSeedingSeconds", seconds.stream().map(Timings::round).toList());
            result.put("made", last.meetings() + " meetings, " + last.processes() + " processes, " + last.openTasks() + " open tasks ("
                    + last.overdueTasks() + " overdue), " + last.emails() + " emails");
            return result;
        }
    }
}
