package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Tasklist's filters for every role, made on start from config/directory.yaml: what each asks
 * the engine, and what it answers to the person who opens it through the REST calls the Tasklist makes.
 */
@ScrutineerTest
class TasklistFiltersTest {

    private static final Instant NOW = Instant.parse("2027-03-10T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired FilterService filterService;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;
    @Autowired DirectorySeeder seeder;

    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void frozenClock() {
        clock.freezeAt(NOW);
    }

    @AfterEach
    void tidyUp() {
        made.forEach(id -> taskService.deleteTask(id, true));
        clock.reset();
    }

    private Filter filter(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult();
    }

    @Test
    void theFourFiltersAskForTheRightTasks() {
        TaskQueryImpl groups = filter("My groups' tasks").getQuery();
        assertThat(groups.getExpressions()).containsEntry("taskCandidateGroupIn", "${currentUserGroups()}");
        assertThat(groups.isIncludeAssignedTasks()).isTrue();

        TaskQueryImpl mine = filter("My tasks").getQuery();
        assertThat(mine.getExpressions()).containsExactly(Map.entry("taskAssignee", "${currentUser()}"));

        TaskQueryImpl dueThisWeek = filter("Due this week").getQuery();
        assertThat(dueThisWeek.getExpressions()).containsEntry("dueAfter", "${now()}")
                .containsEntry("dueBefore", "${dateTime().plusWeeks(1).toDate()}");
        assertThat(eitherMineOrMyGroups(dueThisWeek)).isTrue();

        TaskQueryImpl overdue = filter("Overdue").getQuery();
        assertThat(overdue.getExpressions()).containsEntry("dueBefore", "${now()}").doesNotContainKey("dueAfter");
        assertThat(eitherMineOrMyGroups(overdue)).isTrue();

        for (String name : List.of("My groups' tasks", "My tasks", "Due this week", "Overdue")) {
            Map<String, Object> properties = filter(name).getProperties();
            assertThat(properties).as(name).containsKeys("priority", "description");
            assertThat(properties.get("variables")).as(name).isEqualTo(List.of(
                    Map.of("name", "item", "label", "Item"), Map.of("name", "meeting", "label", "Meeting")));
        }
        assertThat(List.of("My groups' tasks", "My tasks", "Due this week", "Overdue"))
                .extracting(name -> ((Number) filter(name).getProperties().get("priority")).intValue())
                .isSorted();
    }

    private static boolean eitherMineOrMyGroups(TaskQueryImpl query) {
        TaskQueryImpl either = query.getQueries().get(1);
        return either.getExpressions().equals(Map.of("taskAssignee", "${currentUser()}", "taskCandidateGroupIn", "${currentUserGroups()}"))
                && either.isIncludeAssignedTasks();
    }

    @Test
    void eachFilterListsAndCountsTheClerksOwnTasks() throws Exception {
        String forTheTeamThisWeek = task("democratic-services", null, NOW.plus(Duration.ofDays(2)));
        String forTheClerkOverdue = task(null, "clerk", NOW.minus(Duration.ofDays(1)));
        String forTheTeamNextMonth = task("democratic-services", null, NOW.plus(Duration.ofDays(30)));
        String forSomeoneElse = task("directors", null, NOW.minus(Duration.ofDays(1)));

        assertThat(listed("clerk", "My groups' tasks")).contains(forTheTeamThisWeek, forTheTeamNextMonth)
                .doesNotContain(forTheClerkOverdue, forSomeoneElse);
        assertThat(listed("clerk", "My tasks")).contains(forTheClerkOverdue)
                .doesNotContain(forTheTeamThisWeek, forTheTeamNextMonth, forSomeoneElse);
        assertThat(listed("clerk", "Due this week")).contains(forTheTeamThisWeek)
                .doesNotContain(forTheClerkOverdue, forTheTeamNextMonth, forSomeoneElse);
        assertThat(listed("clerk", "Overdue")).contains(forTheClerkOverdue)
                .doesNotContain(forTheTeamThisWeek, forTheTeamNextMonth, forSomeoneElse);
        assertThat(listed("director", "Overdue")).contains(forSomeoneElse).doesNotContain(forTheClerkOverdue);
    }

    @Test
    void aRestartAddsNoSecondFilterAndKeepsWhatWasChangedInTheTasklist() {
        Filter overdue = filter("Overdue");
        Map<String, Object> shipped = overdue.getProperties();
        try {
            overdue.setProperties(Map.of("priority", 99, "description", "Changed by the council"));
            filterService.saveFilter(overdue);

            seeder.run(null);

            for (String name : List.of("My groups' tasks", "My tasks", "Due this week", "Overdue")) {
                assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
            }
            assertThat(filter("Overdue").getProperties()).containsEntry("description", "Changed by the council");
        } finally {
            filterService.saveFilter(filter("Overdue").setProperties(shipped));
        }
    }

    private String task(String group, String assignee, Instant due) {
        Task task = taskService.newTask();
        task.setName("Filter check");
        task.setAssignee(assignee);
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
        if (group != null) {
            taskService.addCandidateGroup(task.getId(), group);
        }
        made.add(task.getId());
        return task.getId();
    }

    /** The ids the filter lists for the user, having checked that its count agrees. */
    private List<String> listed(String user, String filterName) throws Exception {
        ApiClient client = ApiClient.as(port, user, "demo");
        String id = filter(filterName).getId();
        var list = client.post("/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=1000", "{}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        var count = client.post("/engine-rest/filter/" + id + "/count", "{}");
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode task : JSON.readTree(list.body())) {
            ids.add(task.get("id").asText());
        }
        assertThat(JSON.readTree(count.body()).get("count").asInt()).as(filterName + " counted as listed").isEqualTo(ids.size());
        return ids;
    }
}
