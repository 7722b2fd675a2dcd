package org.scrutineer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scrutineer.calendar.AppClock;
import org.springframework.util.FileSystemUtils;

/**
 * The benchmark run: {@code mvn -Pbench verify}. Every figure is measured on H2 and on embedded
 * PostgreSQL, after a warm-up, as the median of several runs, and written to target/bench.
 */
@Tag("bench")
class BenchmarksTest {

    private final Scale scale = Scale.fromSystemProperties();
    private final BenchReport report = new BenchReport(scale);

    @Test
    void measureAndReport() throws Exception {
        FileSystemUtils.deleteRecursively(Path.of("target", "bench", "data"));
        try {
            for (BenchDatabase database : BenchDatabase.values()) {
                if (scale.measuresOn(database)) {
                    measure(database);
                }
            }
        } finally {
            report.write(Path.of("target", "bench"));
        }
        assertThat(report.errors()).as("measurements that failed").isEmpty();
    }

    private void measure(BenchDatabase database) {
        Map<String, Object> figures = report.database(database);
        BenchNode node;
        try {
            node = startUp(database, figures);
        } catch (RuntimeException e) {
            report.error(database, "startup", e);
            return;
        }
        try {
            figures.put("product", node.databaseProduct());
            node.bean(AppClock.class).freezeAt(ReminderBenchmark.FIRST_MORNING);
            BenchModels.deploy(node.bean(RepositoryService.class));
            step(database, "lifecycle", figures, () -> new LifecycleBenchmark(node, scale).run());
            step(database, "taskList", figures, () -> new TaskListBenchmark(node, scale).run());
            step(database, "reminders", figures, () -> new ReminderBenchmark(node, scale).run());
            step(database, "submissions", figures, () -> new SubmissionBenchmark(node, scale).run());
            step(database, "agendaPack", figures, () -> new PackBenchmark(node, scale).run());
            goals(database, figures);
        } finally {
            node.bean(AppClock.class).reset();
            node.close();
        }
        step(database, "demoYear", figures, () -> new DemoYearBenchmark(database, scale).run());
        if (figures.get("demoYear") instanceof Map<?, ?> demoYear) {
            double seconds = ((Number) demoYear.get("seedingSeconds")).doubleValue();
            report.goal("Demo year seeded in under 20 s", database, seconds, seconds < 20);
        }
    }

    /** A warm-up start, then {@code runs} starts on fresh databases; the last node stays up for the rest. */
    private BenchNode startUp(BenchDatabase database, Map<String, Object> figures) {
        BenchNode first = BenchNode.start(database);
        long firstMillis = first.millisToHealthy;
        first.close();
        List<Long> millis = new ArrayList<>();
        List<Long> heap = new ArrayList<>();
        BenchNode node = null;
        for (int run = 0; run < scale.runs(); run++) {
            if (node != null) {
                node.close();
            }
            node = BenchNode.start(database);
            millis.add(node.millisToHealthy);
            heap.add(node.heapAfterStartBytes / (1024 * 1024));
        }
        Map<String, Object> startup = new LinkedHashMap<>();
        startup.put("millisToHealthy", Math.round(Timings.median(millis)));
        startup.put("runsMillisToHealthy", millis);
        startup.put("firstStartMillis", firstMillis);
        startup.put("heapAfterStartMb", Math.round(Timings.median(heap)));
        startup.put("runsHeapAfterStartMb", heap);
        figures.put("startup", startup);
        System.out.println("bench: " + database + " startup " + startup);
        return node;
    }

    private void step(BenchDatabase database, String name, Map<String, Object> figures, Measurement measurement) {
        if (!scale.measures(name)) {
            return;
        }
        long started = System.nanoTime();
        try {
            Map<String, Object> result = measurement.run();
            result.put("measurementSeconds", Timings.round(Timings.millisSince(started) / 1000));
            figures.put(name, result);
            System.out.println("bench: " + database + " " + name + " " + result);
        } catch (Exception | AssertionError e) {
            report.error(database, name, e);
            System.out.println("bench: " + database + " " + name + " failed: " + e);
        }
        try {
            report.write(Path.of("target", "bench"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void goals(BenchDatabase database, Map<String, Object> figures) {
        if (figures.get("lifecycle") instanceof Map<?, ?> lifecycle) {
            double ratio = ((Number) lifecycle.get("ratioScrutineerToBare")).doubleValue();
            report.goal("Lifecycle time Scrutineer / bare engine at most 1.2", database, ratio, ratio <= 1.2,
                    "Spread over every step (the lifecycle steps rows): the submission's checks, reference and acknowledgement mail, "
                    + "the question row's writes in each task, two rendered mails, the meeting told of each published answer, "
                    + "and one rendering of the questions supplement for the run's answers; the bare model's delegates do nothing");
        }
        if (figures.get("reminders") instanceof Map<?, ?> reminders) {
            boolean once = Boolean.TRUE.equals(reminders.get("eachPersonGotExactlyOneDigest"));
            report.goal("Each person gets exactly one digest", database, once, once);
            if (database == BenchDatabase.POSTGRES) {
                double seconds = ((Number) reminders.get("secondsUntilAllDigestsDelivered")).doubleValue();
                report.goal("Reminder sweep of " + scale.overdueTasks() + " overdue tasks across " + scale.people()
                        + " people delivered in under 60 s", database, seconds, seconds < 60,
                        "The sweep itself (secondsToSweep): reading every overdue task and rendering each digest; "
                        + "delivery is one connection per batch of 50");
            }
        }
        if (database == BenchDatabase.POSTGRES && figures.get("taskList") instanceof Map<?, ?> taskList) {
            for (String figure : List.of("engineRestTaskList", "staffDashboard")) {
                double p95 = ((Number) ((Map<String, Object>) taskList.get(figure)).get("p95Ms")).doubleValue();
                report.goal(figure + " p95 under 100 ms", database, p95, p95 < 100);
            }
            int limit = scale.openTasks() >= 500_000 ? 100 : 50;
            Map<String, String> causes = Map.of(
                    "filterCount", "The count reads the whole task table to find the member's tasks, hash-joined with the group's "
                            + "candidate links; the grants come from an index (the query plan in this report); "
                            + "each call also signs in anew (the floor row)",
                    "filterList", "The list walks the task table's creation-time index newest first and stops at the page "
                            + "(the query plan in this report); each call also signs in anew (the floor row)");
            for (String figure : List.of("filterCount", "filterList")) {
                double p95 = ((Number) ((Map<String, Object>) taskList.get(figure)).get("p95Ms")).doubleValue();
                report.goal("Tasklist " + figure + " p95 under " + limit + " ms at " + taskList.get("openTasksInTheTable") + " open tasks",
                        database, p95, p95 < limit, causes.get(figure));
            }
        }
    }

    @FunctionalInterface
    private interface Measurement {
        Map<String, Object> run() throws Exception;
    }
}
