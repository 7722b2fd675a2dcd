package org.scrutineer;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the tests do to a process as people and the job executor would: run the jobs due by the
 * application's clock, and complete a task signed in as a person, with their groups.
 */
@Component
public class ProcessSteps {

    private final ManagementService managementService;
    private final TaskService taskService;
    private final IdentityService identityService;

    ProcessSteps(ManagementService managementService, TaskService taskService, IdentityService identityService) {
        this.managementService = managementService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** Runs every job of the instance that is due by the application clock, until none is left. */
    public void runDueJobs(ProcessInstance instance) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** The instance's open task {@code key}, or null. */
    public Task task(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    /** Completes the task as {@code user}, signed in with their groups, as the Tasklist would. */
    public void complete(String user, Task task, Map<String, Object> variables) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
