package org.scrutineer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The figures of one benchmark run, written as target/bench/report.json and report.md. */
final class BenchReport {

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> databases = new LinkedHashMap<>();
    private final List<Map<String, Object>> goals = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    BenchReport(Scale scale) {
        root.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("machine", machine());
        root.put("scale", scale.asMap());
        root.put("databases", databases);
        root.put("goals", goals);
        root.put("errors", errors);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            machine.put("physicalMemoryMb", os.getTotalMemorySize() / (1024 * 1024));
        }
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        return machine;
    }

    Map<String, Object> database(BenchDatabase database) {
        return databases.computeIfAbsent(database.name(), k -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("database", database.description);
            return entry;
        });
    }

    void goal(String goal, BenchDatabase database, Object measured, boolean met) {
        goal(goal, database, measured, met, null);
    }

    /** A goal, and what is known to keep it from being met, shown only when it is not. */
    void goal(String goal, BenchDatabase database, Object measured, boolean met, String causeIfMissed) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("goal", goal);
        entry.put("database", database.name());
        entry.put("measured", measured);
        entry.put("met", met);
        if (!met && causeIfMissed != null) {
            entry.put("cause", causeIfMissed);
        }
        goals.add(entry);
    }

    void error(BenchDatabase database, String measurement, Throwable e) {
        errors.add(database.name() + " " + measurement + ": " + e);
    }

    List<String> errors() {
        return errors;
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("report.json").toFile(), root);
        Files.writeString(dir.resolve("report.md"), markdown());
    }

    @SuppressWarnings("unchecked")
    private String markdown() {
        StringBuilder md = new StringBuilder("# Scrutineer benchmark report\n\n");
        md.append("Generated ").append(root.get("generatedAt")).append(".\n\n");
        Map<String, Object> machine = (Map<String, Object>) root.get("machine");
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ")
                .append(machine.get("physicalMemoryMb")).append(" MB memory, JVM max heap ")
                .append(machine.get("maxHeapMb")).append(" MB, ").append(machine.get("jvm")).append(", ")
                .append(machine.get("os")).append(".\n\n");
        md.append("Scale: ").append(root.get("scale")).append(".\n\n");
        List<String> keys = new ArrayList<>(databases.keySet());
        md.append("| Figure |");
        keys.forEach(k -> md.append(' ').append(databases.get(k).get("database")).append(" |"));
        md.append("\n|---|");
        keys.forEach(k -> md.append("---|"));
        md.append('\n');
        row(md, keys, "Database product", "product");
        row(md, keys, "Start-up: time to healthy, median (ms)", "startup", "millisToHealthy");
        row(md, keys, "Start-up: first start in the JVM (ms)", "startup", "firstStartMillis");
        row(md, keys, "Start-up: heap after start, median (MB)", "startup", "heapAfterStartMb");
        row(md, keys, "Lifecycles/s, Scrutineer", "lifecycle", "scrutineerLifecyclesPerSecond");
        row(md, keys, "Lifecycles/s, bare engine", "lifecycle", "bareLifecyclesPerSecond");
        row(md, keys, "Ratio Scrutineer / bare (time per lifecycle; goal ≤ 1.2)", "lifecycle", "ratioScrutineerToBare");
        row(md, keys, "Lifecycle steps, Scrutineer, median (ms)", "lifecycle", "stepMedianMs", "scrutineer");
        row(md, keys, "Lifecycle steps, bare engine, median (ms)", "lifecycle", "stepMedianMs", "bare");
        row(md, keys, "Outbox mails per lifecycle, Scrutineer", "lifecycle", "outboxMailsPerScrutineerLifecycle");
        row(md, keys, "Outbox mails per lifecycle, bare engine", "lifecycle", "outboxMailsPerBareLifecycle");
        row(md, keys, "Reminder sweep: seeding the overdue tasks (s)", "reminders", "seedSeconds");
        row(md, keys, "Reminder sweep: seconds until the digests are in the outbox", "reminders", "secondsToSweep");
        row(md, keys, "Reminder sweep: seconds until all digests delivered (goal < 60 at 100,000 tasks, 5,000 people)", "reminders", "secondsUntilAllDigestsDelivered");
        row(md, keys, "Reminder sweep: digests delivered", "reminders", "digestsDelivered");
        row(md, keys, "Reminder sweep: mails/s", "reminders", "mailsPerSecond");
        row(md, keys, "Reminder sweep: each person exactly one digest", "reminders", "eachPersonGotExactlyOneDigest");
        row(md, keys, "Task list: seeding the open tasks (s)", "taskList", "seedSeconds");
        row(md, keys, "Task list: open tasks in the table while it is measured", "taskList", "openTasksInTheTable");
        row(md, keys, "Task list /engine-rest/task p50 (ms)", "taskList", "engineRestTaskList", "p50Ms");
        row(md, keys, "Task list /engine-rest/task p95 (ms; goal < 100 on PostgreSQL)", "taskList", "engineRestTaskList", "p95Ms");
        row(md, keys, "Tasklist filter \"My groups' tasks\" count p95 (ms; goal < 50 on PostgreSQL)", "taskList", "filterCount", "p95Ms");
        row(md, keys, "Tasklist filter \"My groups' tasks\" list p95 (ms; goal < 50 on PostgreSQL)", "taskList", "filterList", "p95Ms");
        row(md, keys, "Task list: heap after seeding the open tasks (MB)", "taskList", "heapAfterSeedingMb");
        row(md, keys, "Task list: ACT_RU_TASK rows, table and index MB, pages all-visible %", "taskList", "tableSizes", "ACT_RU_TASK");
        row(md, keys, "Task list: ACT_RU_IDENTITYLINK rows, table and index MB, pages all-visible %", "taskList", "tableSizes", "ACT_RU_IDENTITYLINK");
        row(md, keys, "Task list: ACT_RU_AUTHORIZATION rows, table and index MB, pages all-visible %", "taskList", "tableSizes", "ACT_RU_AUTHORIZATION");
        row(md, keys, "Task list: the vacuum before measuring (other sessions holding it back, rounds, least pages all-visible %)", "taskList",
                "vacuumBeforeMeasuring");
        row(md, keys, "Tasklist floor: reading the filter itself, no task query, p95 (ms)", "taskList", "restFloor", "p95Ms");
        row(md, keys, "Engine side: the filter count in process, no HTTP, median (ms)", "taskList", "engineSide", "filterCountInProcessMs");
        row(md, keys, "Engine side: the filter's first page of 15 in process, no HTTP, median (ms)", "taskList", "engineSide", "filterListInProcessMs");
        row(md, keys, "Engine side: finding which of a person's groups hold a grant, median (ms)", "taskList", "engineSide", "groupsHoldingAGrantMs");
        row(md, keys, "Staff dashboard /staff p50 (ms)", "taskList", "staffDashboard", "p50Ms");
        row(md, keys, "Staff dashboard /staff p95 (ms; goal < 100 on PostgreSQL)", "taskList", "staffDashboard", "p95Ms");
        row(md, keys, "Dashboard cause: authorized count of the seeded tasks (ms)", "taskList", "dashboardCause", "authorizedCountOfBenchTasksMs");
        row(md, keys, "Dashboard cause: same count without authorization (ms)", "taskList", "dashboardCause", "unauthorizedCountOfBenchTasksMs");
        row(md, keys, "Dashboard cause: lifecycles counted", "taskList", "dashboardCause", "lifecyclesCounted");
        row(md, keys, "Dashboard cause: open/overdue counts for all lifecycles (ms)", "taskList", "dashboardCause", "openTasksByLifecycleMs");
        row(md, keys, "Dashboard cause: panels (ms)", "taskList", "dashboardCause", "panels");
        row(md, keys, "Public submissions/s (8 clients)", "submissions", "submissionsPerSecond");
        row(md, keys, "Public submission p95 (ms)", "submissions", "p95Ms");
        row(md, keys, "Agenda pack of 10 reports of 20 pages: pages", "agendaPack", "pages");
        row(md, keys, "Agenda pack: time to publish, median (s)", "agendaPack", "seconds");
        row(md, keys, "Agenda pack: peak heap while publishing, median (MB)", "agendaPack", "peakHeapMb");
        row(md, keys, "Demo year: seeding on the first start (s)", "demoYear", "firstSeedingSeconds");
        row(md, keys, "Demo year: seeding again after a reset, median (s; goal < 20)", "demoYear", "seedingSeconds");
        row(md, keys, "Demo year: processes, open tasks, emails", "demoYear", "made");
        md.append("\n## Goals\n\n| Goal | Database | Measured | Met | Cause when not met |\n|---|---|---|---|---|\n");
        for (Map<String, Object> goal : goals) {
            md.append("| ").append(goal.get("goal")).append(" | ").append(goal.get("database")).append(" | ")
                    .append(goal.get("measured")).append(" | ").append(Boolean.TRUE.equals(goal.get("met")) ? "yes" : "**no**")
                    .append(" | ").append(goal.getOrDefault("cause", "")).append(" |\n");
        }
        for (String figure : List.of("filterCount", "filterList", "filterListInProcess")) {
            for (String key : keys) {
                Object plans = databases.get(key).get("taskList") instanceof Map<?, ?> taskList
                        && taskList.get("queryPlans") instanceof Map<?, ?> all ? all.get(figure) : null;
                if (plans instanceof List<?> lines) {
                    md.append("\n## Query plan: the Tasklist's ").append(figure).append(" on ").append(databases.get(key).get("database"))
                            .append("\n\n```\n");
                    lines.forEach(line -> md.append(line).append('\n'));
                    md.append("```\n");
                }
            }
        }
        if (!errors.isEmpty()) {
            md.append("\n## Measurements that failed\n\n");
            errors.forEach(e -> md.append("- ").append(e).append('\n'));
        }
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private void row(StringBuilder md, List<String> keys, String label, String... path) {
        md.append("| ").append(label).append(" |");
        for (String key : keys) {
            Object value = databases.get(key);
            for (String step : path) {
                value = value instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(step) : null;
            }
            md.append(' ').append(value == null ? "not measured" : value).append(" |");
        }
        md.append('\n');
    }
}
