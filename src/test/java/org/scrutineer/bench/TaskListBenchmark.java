package org.scrutineer.bench;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.web.ApiClient;

/**
 * Many open tasks across groups; one member's task list through the engine's REST API, and the
 * staff dashboard, which counts open and overdue tasks per lifecycle as that member.
 */
final class TaskListBenchmark {

    private static final Instant DUE = Instant.parse("2027-12-31T17:00:00Z");
    static final String TASK_LIST = "/engine-rest/task?candidateGroups=bench-team-3,committee-members"
            + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=50";

    private final BenchNode node;
    private final Scale scale;
    private final ObjectMapper json = new ObjectMapper();

    TaskListBenchmark(BenchNode node, Scale scale) {
        this.node = node;
        this.scale = scale;
    }

    Map<String, Object> run() throws Exception {
        Seeder seeder = new Seeder(node);
        for (int g = 0; g < scale.groups(); g++) {
            seeder.group(team(g));
            seeder.user("bench-member-" + g, null, team(g), "committee-members");
        }
        double seedMillis = seeder.tasks(BenchModels.GROUP_TASK, scale.openTasks(), DUE,
                i -> Map.of("group", team(i % scale.groups())));

        ApiClient api = ApiClient.as(node.port(), "bench-member-3", "bench");
        StaffSession staff = StaffSession.signIn(node.port(), "bench-member-3", "bench");
        Supplier<HttpResponse<String>> taskList = () -> api.get(TASK_LIST);
        Supplier<HttpResponse<String>> dashboard = () -> staff.get("/staff");

        JsonNode firstPage = json.readTree(check(taskList.get(), "task list").body());
        if (firstPage.size() != 50) {
            throw new IllegalStateException("The member's task list had " + firstPage.size() + " tasks, not 50");
        }
        if (!check(dashboard.get(), "dashboard").body().contains("Benchmark group work")) {
            throw new IllegalStateException("The dashboard does not count the member's open tasks");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("openTasks", scale.openTasks());
        result.put("groups", scale.groups());
        result.put("tasksVisibleToTheMember", scale.openTasks() / scale.groups());
        result.put("seedSeconds", Timings.round(seedMillis / 1000));
        result.put("seedTasksPerSecond", Timings.round(scale.openTasks() / (seedMillis / 1000)));
        result.put("engineRestTaskList", percentiles(taskList, "task list"));
        result.put("staffDashboard", percentiles(dashboard, "dashboard"));
        return result;
    }

    private Map<String, Object> percentiles(Supplier<HttpResponse<String>> request, String what) {
        measure(request, what, Math.max(scale.taskListQueries() / 2, 5));
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        for (int run = 0; run < scale.runs(); run++) {
            List<Double> millis = measure(request, what, scale.taskListQueries());
            p50.add(Timings.percentile(millis, 50));
            p95.add(Timings.percentile(millis, 95));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("p50Ms", Timings.round(Timings.median(p50)));
        result.put("p95Ms", Timings.round(Timings.median(p95)));
        result.put("runsP95Ms", p95.stream().map(Timings::round).toList());
        return result;
    }

    private List<Double> measure(Supplier<HttpResponse<String>> request, String what, int count) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            check(request.get(), what);
            millis.add(Timings.millisSince(started));
        }
        return millis;
    }

    private static HttpResponse<String> check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The " + what + " answered " + response.statusCode());
        }
        return response;
    }

    private static String team(int g) {
        return "bench-team-" + g;
    }
}
