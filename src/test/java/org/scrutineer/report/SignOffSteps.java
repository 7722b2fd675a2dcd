package org.scrutineer.report;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The people of the sign-off chain doing their tasks, signed in as themselves, for tests outside the process test. */
@Component
class SignOffSteps {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    SignOffSteps(RuntimeService runtimeService, TaskService taskService, ManagementService managementService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    ProcessInstance processOf(Report report) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("report-signoff").processInstanceBusinessKey(String.valueOf(report.getId())).singleResult();
    }

    void chooseReviewers(Report report, List<String> roles) {
        complete("clerk", task(report, "approveReviewers"), Map.of("reviewerRoles", roles));
    }

    void review(Report report, String role, String reviewer) {
        Task task = taskService.createTaskQuery().processInstanceId(processOf(report).getId()).taskDefinitionKey("reviewReport").list()
                .stream().filter(t -> role.equals(taskService.getVariable(t.getId(), "role"))).findFirst().orElseThrow();
        complete(reviewer, task, Map.of("outcome", "approve", "comments", ""));
    }

    void approve(Report report, String director) {
        complete(director, task(report, "approveReport"), Map.of("approved", true, "approvalComments", ""));
    }

    /** Runs every timer of these reports' processes that is due by the application clock. */
    void runDueTimers(Report... reports) {
        List<String> instances = java.util.Arrays.stream(reports).map(r -> processOf(r)).filter(p -> p != null).map(ProcessInstance::getId).toList();
        for (Job job : managementService.createJobQuery().executable().list()) {
            if (instances.contains(job.getProcessInstanceId())) {
                managementService.executeJob(job.getId());
            }
        }
    }

    private Task task(Report report, String key) {
        return taskService.createTaskQuery().processInstanceId(processOf(report).getId()).taskDefinitionKey(key).singleResult();
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
