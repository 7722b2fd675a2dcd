package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * The Tasklist's queries as each person in the directory, answered once by the engine's own
 * statement and once by the one with the {@code EXISTS} check: both must find the same tasks.
 */
public final class TaskQueryParity {

    private static final String ENGINE_STATEMENT = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";

    private TaskQueryParity() {
    }

    /** @return how many people saw at least one task and fewer than all of them */
    public static int assertSameTasksForEveryone(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))
                .isEqualTo(TaskQueryByExists.NAMESPACE + ".selectTaskByQueryCriteria");
        assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"))
                .isEqualTo(TaskQueryByExists.NAMESPACE + ".selectTaskCountByQueryCriteria");
        long allTasks = engine.getTaskService().createTaskQuery().count();
        int partial = 0;
        for (User user : engine.getIdentityService().createUserQuery().list()) {
            List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user.getId()).list()
                    .stream().map(Group::getId).toList();
            engine.getIdentityService().setAuthentication(user.getId(), groups);
            try {
                long seen = 0;
                for (Map.Entry<String, Function<TaskService, TaskQuery>> query : queries(user.getId(), groups).entrySet()) {
                    TaskQuery ours = query.getValue().apply(engine.getTaskService());
                    List<String> engineIds = engineAnswer(configuration, (TaskQueryImpl) query.getValue().apply(engine.getTaskService()));
                    List<String> ourIds = ours.orderByTaskId().asc().list().stream().map(Task::getId).toList();
                    String as = user.getId() + ", " + query.getKey();
                    assertThat(ourIds).as(as).isEqualTo(engineIds);
                    TaskQueryImpl paged = (TaskQueryImpl) query.getValue().apply(engine.getTaskService());
                    assertThat(query.getValue().apply(engine.getTaskService()).orderByTaskId().asc().listPage(1, 3).stream().map(Task::getId).toList())
                            .as(as + " (page 2 of 3 a page)").isEqualTo(engineAnswer(configuration, paged, 1, 3));
                    assertThat(query.getValue().apply(engine.getTaskService()).count()).as(as + " (count)").isEqualTo(engineIds.size());
                    seen = Math.max(seen, ourIds.size());
                }
                if (seen > 0 && seen < allTasks) {
                    partial++;
                }
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
        return partial;
    }

    private static Map<String, Function<TaskService, TaskQuery>> queries(String user, List<String> groups) {
        Map<String, Function<TaskService, TaskQuery>> queries = new java.util.LinkedHashMap<>();
        queries.put("all tasks", TaskService::createTaskQuery);
        queries.put("my tasks", tasks -> tasks.createTaskQuery().taskAssignee(user));
        queries.put("my groups' tasks", tasks -> groups.isEmpty() ? tasks.createTaskQuery().taskAssignee(user)
                : tasks.createTaskQuery().taskCandidateGroupIn(new ArrayList<>(groups)));
        queries.put("mine or my groups'", tasks -> tasks.createTaskQuery().or().taskAssignee(user).taskCandidateUser(user).endOr());
        queries.put("unassigned, by due date", tasks -> tasks.createTaskQuery().taskUnassigned().orderByDueDate().asc());
        queries.put("my groups' tasks, newest first", tasks -> tasks.createTaskQuery().or().taskAssignee(user).taskCandidateGroupIn(
                groups.isEmpty() ? List.of("no-such-group") : new ArrayList<>(groups)).endOr().orderByTaskCreateTime().desc());
        queries.put("by name, case ignored", tasks -> tasks.createTaskQuery().orderByTaskNameCaseInsensitive().asc());
        queries.put("by a process variable", tasks -> tasks.createTaskQuery().orderByProcessVariable("meetingId", ValueType.LONG).desc());
        List<String> groupsOrNone = groups.isEmpty() ? List.of("no-such-group") : groups;
        queries.put("involving me", tasks -> tasks.createTaskQuery().taskInvolvedUser(user));
        queries.put("my groups' and involving me", tasks -> tasks.createTaskQuery()
                .taskCandidateGroupIn(new ArrayList<>(groupsOrNone)).taskInvolvedUser(user));
        queries.put("a candidate, or involving me", tasks -> tasks.createTaskQuery().or().taskCandidateUser(user).taskInvolvedUser(user).endOr());
        queries.put("for any group, assigned too", tasks -> tasks.createTaskQuery().withCandidateGroups().includeAssignedTasks());
        queries.put("for a person, not a group", tasks -> tasks.createTaskQuery().withCandidateUsers().withoutCandidateGroups());
        queries.put("my groups' or mine, and involving me or unnamed", tasks -> tasks.createTaskQuery()
                .or().taskCandidateGroupIn(new ArrayList<>(groupsOrNone)).taskAssignee(user).endOr()
                .or().taskInvolvedUser(user).taskName("no such name").endOr());
        queries.put("my groups', newest first, a page", tasks -> tasks.createTaskQuery()
                .taskCandidateGroupIn(new ArrayList<>(groupsOrNone)).includeAssignedTasks().orderByTaskCreateTime().desc());
        return queries;
    }

    private static List<String> engineAnswer(ProcessEngineConfigurationImpl configuration, TaskQueryImpl query) {
        return engineAnswer(configuration, query, 0, Integer.MAX_VALUE);
    }

    private static List<String> engineAnswer(ProcessEngineConfigurationImpl configuration, TaskQueryImpl query, int first, int max) {
        query.orderByTaskId().asc();
        query.setFirstResult(first);
        query.setMaxResults(max);
        return configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
            context.getAuthorizationManager().configureTaskQuery(query);
            context.getTenantManager().configureQuery(query);
            List<Object> rows = context.getDbSqlSession().getSqlSession().selectList(ENGINE_STATEMENT + "selectTaskByQueryCriteria", query);
            return rows.stream().map(row -> ((Task) row).getId()).toList();
        });
    }
}
