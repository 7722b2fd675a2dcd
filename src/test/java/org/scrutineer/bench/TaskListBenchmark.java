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
import java.lang.reflect.Method;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.scrutineer.dashboard.DashboardPanel;
import org.scrutineer.web.ApiClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.scrutineer.web.StaffSession;

/**
 * Many open tasks across groups; one member's task list through the engine's REST API, and the
 * staff dashboard, which counts open and overdue tasks per lifecycle as that member.
 */
final class TaskListBenchmark {

    private static final Instant DUE = Instant.parse("2027-12-31T17:00:00Z");
    private static final String MEMBER = "bench-member-3";
    private static final List<String> MEMBER_GROUPS = List.of("bench-team-3", "committee-members");

    static final String TASK_LIST = "/engine-rest/task?candidateGroups=" + String.join(",", MEMBER_GROUPS)
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
                i -> team(i % scale.groups()));
        boolean postgres = node.databaseProduct().startsWith("PostgreSQL");
        QueryPlans plans = new QueryPlans(node.bean(DataSource.class));
        Map<String, Object> vacuum = postgres ? plans.catchUpWithAutovacuum() : null;

        ApiClient api = ApiClient.as(node.port(), MEMBER, "bench");
        StaffSession staff = StaffSession.signIn(node.port(), MEMBER, "bench");
        Supplier<HttpResponse<String>> taskList = () -> api.get(TASK_LIST);
        Supplier<HttpResponse<String>> dashboard = () -> staff.get("/staff");
        String filter = myGroupsFilter(api);
        Supplier<HttpResponse<String>> filterCount = () -> api.get("/engine-rest/filter/" + filter + "/count");
        Supplier<HttpResponse<String>> filterList = () -> api.post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                "{\"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}]}");

        JsonNode firstPage = json.readTree(check(taskList.get(), "task list").body());
        if (firstPage.size() != 50) {
            throw new IllegalStateException("The member's task list had " + firstPage.size() + " tasks, not 50");
        }
        if (!check(dashboard.get(), "dashboard").body().contains("Benchmark group work")) {
            throw new IllegalStateException("The dashboard does not count the member's open tasks");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("openTasks", scale.openTasks());
        result.put("openTasksInTheTable", node.bean(TaskService.class).createTaskQuery().count());
        result.put("groups", scale.groups());
        result.put("tasksVisibleToTheMember", scale.openTasks() / scale.groups());
        result.put("heapAfterSeedingMb", BenchNode.heapAfterCollection() / (1024 * 1024));
        result.put("seedSeconds", Timings.round(seedMillis / 1000));
        result.put("seedTasksPerSecond", Timings.round(scale.openTasks() / (seedMillis / 1000)));
        result.put("engineRestTaskList", percentiles(taskList, "task list", scale.taskListQueries()));
        result.put("staffDashboard", percentiles(dashboard, "dashboard", scale.dashboardQueries()));
        result.put("filterCount", percentiles(filterCount, "filter count", scale.taskListQueries()));
        result.put("filterList", percentiles(filterList, "filter list", scale.taskListQueries()));
        result.put("restFloor", percentiles(() -> api.get("/engine-rest/filter/" + filter), "filter itself", scale.taskListQueries()));
        result.put("dashboardCause", dashboardCause());
        result.put("engineSide", engineSide(filter));
        if (postgres) {
            result.put("vacuumBeforeMeasuring", vacuum);
            result.put("tableSizes", plans.tableSizes());
            Map<String, Object> explained = new LinkedHashMap<>();
            explained.put("filterCount", plans.explain(QueryPlans.TASK_COUNT, filterCount::get));
            explained.put("filterList", plans.explain(QueryPlans.TASK_LIST, filterList::get));
            explained.put("filterListInProcess", plans.explain(QueryPlans.TASK_LIST, () -> listInProcess(filter)));
            result.put("queryPlans", explained);
            String index = System.getProperty("bench.candidateIndex", "");
            if (!index.isBlank()) {
                result.put("withCandidateIndex", withIndex(plans, index, filterCount, filterList));
            }
        }
        return result;
    }

    /**
     * What the dashboard waits for: it counts open and overdue tasks for each lifecycle as the member,
     * so the engine checks an authorization for every task. The same count with and without that check.
     */
    private Map<String, Object> dashboardCause() {
        TaskService tasks = node.bean(TaskService.class);
        Supplier<Long> count = () -> tasks.createTaskQuery().processDefinitionKey(BenchModels.GROUP_TASK).active().count();
        Map<String, Object> cause = new LinkedHashMap<>();
        cause.put("lifecyclesCounted", node.bean(RepositoryService.class).createProcessDefinitionQuery().latestVersion().count());
        cause.put("countQueriesPerRequest", "2 per lifecycle with open tasks (open, overdue)");
        cause.put("unauthorizedCountOfBenchTasksMs", Timings.round(medianMillis(count)));
        Authentication member = new UsernamePasswordAuthenticationToken(MEMBER, null,
                MEMBER_GROUPS.stream().map(SimpleGrantedAuthority::new).toList());
        Object openTasks = node.bean("openTasksByLifecycle", Object.class);
        cause.put("openTasksByLifecycleMs", Timings.round(medianMillis(() -> {
            try {
                Method countFor = openTasks.getClass().getDeclaredMethod("countFor", Authentication.class);
                countFor.setAccessible(true);
                return (long) ((List<?>) countFor.invoke(openTasks, member)).size();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        })));
        Map<String, Object> panels = new LinkedHashMap<>();
        node.beansOfType(DashboardPanel.class).forEach((name, panel) ->
                panels.put(name + "Ms", Timings.round(medianMillis(() -> panel.chartFor(member).isPresent() ? 1L : 0L))));
        cause.put("panels", panels);
        cause.put("authorizedCountOfBenchTasksMs", asMember(() -> Timings.round(medianMillis(count))));
        return cause;
    }

    /**
     * The filter's count without HTTP and sign-in, as the member inside the engine; and the one
     * query the engine runs in every authorized command before it checks anything: the groups that
     * hold any grant, read from the whole authorization table.
     */
    private Map<String, Object> engineSide(String filter) {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) node.bean(ProcessEngine.class).getProcessEngineConfiguration();
        FilterService filters = node.bean(FilterService.class);
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("filterCountInProcessMs", asMember(() -> Timings.round(medianMillis(() -> filters.count(filter)))));
        side.put("filterListInProcessMs", asMember(() -> Timings.round(medianMillis(() -> (long) filters.listPage(filter, 0, 15).size()))));
        side.put("groupsHoldingAGrantMs", Timings.round(medianMillis(() -> (long) engine.getCommandExecutorTxRequired()
                .execute(context -> context.getDbSqlSession().selectList("selectAuthorizedGroupIds", null)).size())));
        return side;
    }

    /** The filter's first page in process, in the engine's own order, as the member. */
    private void listInProcess(String filter) {
        asMember(() -> node.bean(FilterService.class).listPage(filter, 0, 15));
    }

    /** Runs {@code work} inside the engine as the member, with their groups. */
    private <T> T asMember(Supplier<T> work) {
        IdentityService identity = node.bean(IdentityService.class);
        identity.setAuthentication(MEMBER, MEMBER_GROUPS);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * A lever measured side by side: the filter's count and list again, and their plans, after
     * {@code bench.candidateIndex} (a {@code create index} statement, or any statements separated by
     * semicolons, such as a planner setting) has been run on the same data.
     */
    private Map<String, Object> withIndex(QueryPlans plans, String index, Supplier<HttpResponse<String>> filterCount,
                                          Supplier<HttpResponse<String>> filterList) throws java.sql.SQLException {
        for (String statement : index.split(";")) {
            if (!statement.isBlank()) {
                plans.run(statement.strip());
            }
        }
        Map<String, Object> vacuum = plans.catchUpWithAutovacuum();
        Map<String, Object> lever = new LinkedHashMap<>();
        lever.put("index", index);
        lever.put("vacuumBeforeMeasuring", vacuum);
        lever.put("tableSizes", plans.tableSizes());
        lever.put("filterCount", percentiles(filterCount, "filter count", scale.taskListQueries()));
        lever.put("filterList", percentiles(filterList, "filter list", scale.taskListQueries()));
        lever.put("filterCountPlan", plans.explain(QueryPlans.TASK_COUNT, filterCount::get));
        return lever;
    }

    /** The Tasklist's "My groups' tasks" filter, whose count the Tasklist shows beside its name. */
    private String myGroupsFilter(ApiClient api) throws Exception {
        for (JsonNode filter : json.readTree(check(api.get("/engine-rest/filter?resourceType=Task"), "filters").body())) {
            if (filter.path("name").asText().equals("My groups' tasks")) {
                return filter.path("id").asText();
            }
        }
        throw new IllegalStateException("There is no filter \"My groups' tasks\"");
    }

    private static double medianMillis(Supplier<Long> query) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long started = System.nanoTime();
            query.get();
            if (i > 0) {
                millis.add(Timings.millisSince(started));
            }
        }
        return Timings.median(millis);
    }

    private Map<String, Object> percentiles(Supplier<HttpResponse<String>> request, String what, int queries) {
        measure(request, what, Math.max(queries / 4, 2));
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        for (int run = 0; run < scale.runs(); run++) {
            List<Double> millis = measure(request, what, queries);
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
