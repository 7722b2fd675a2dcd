package org.scrutineer.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per lifecycle, counted as the signed-in person: the engine's
 * authorizations decide which tasks count, so nobody learns of work they may not see.
 */
@Component
class OpenTasksByLifecycle {

    record Row(String lifecycle, long open, long overdue) {
    }

    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Clock clock;

    OpenTasksByLifecycle(RepositoryService repositoryService, TaskService taskService, IdentityService identityService, Clock clock) {
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.clock = clock;
    }

    List<Row> countFor(Authentication user) {
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        Date now = Date.from(clock.instant());
        List<Row> rows = new ArrayList<>();
        List<ProcessDefinition> lifecycles = repositoryService.createProcessDefinitionQuery().latestVersion().list();
        identityService.setAuthentication(user.getName(), groups);
        try {
            for (ProcessDefinition definition : lifecycles) {
                long open = taskService.createTaskQuery().processDefinitionKey(definition.getKey()).active().count();
                if (open > 0) {
                    long overdue = taskService.createTaskQuery().processDefinitionKey(definition.getKey()).active()
                            .dueBefore(now).count();
                    rows.add(new Row(definition.getName() == null ? definition.getKey() : definition.getName(), open, overdue));
                }
            }
        } finally {
            identityService.clearAuthentication();
        }
        rows.sort(Comparator.comparing(Row::lifecycle));
        return rows;
    }

    BarChart chart(List<Row> rows) {
        return new BarChart("open-tasks", "Open tasks by lifecycle", "Tasks", rows.stream()
                .map(r -> new BarChart.Bar(r.lifecycle(), r.open(), r.overdue() > 0 ? "warning" : "neutral")).toList());
    }
}
