package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders rely on it: every user task of every model in bpmn/ has a due date and someone to do it. */
@ScrutineerTest
class EveryUserTaskIsDueAndOwnedTest {

    @Autowired
    RepositoryService repositoryService;

    static List<String> problems(BpmnModelInstance model) {
        return model.getModelElementsByType(UserTask.class).stream().flatMap(task -> {
            String where = task.getId() + " (" + task.getName() + ")";
            boolean due = task.getCamundaDueDate() != null && !task.getCamundaDueDate().isBlank();
            boolean owned = notBlank(task.getCamundaAssignee()) || notBlank(task.getCamundaCandidateGroups())
                    || notBlank(task.getCamundaCandidateUsers());
            return Stream.of(due ? null : where + " has no due date", owned ? null : where + " has no assignee or candidates")
                    .filter(p -> p != null);
        }).toList();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Test
    void theCheckCatchesATaskWithoutADueDateOrCandidates() {
        BpmnModelInstance careless = Bpmn.createExecutableProcess("careless").startEvent()
                .userTask("forgotten").name("Forgotten").endEvent().done();
        assertThat(problems(careless)).containsExactly(
                "forgotten (Forgotten) has no due date", "forgotten (Forgotten) has no assignee or candidates");
    }

    @Test
    void everyDeployedModelPasses() {
        List<ProcessDefinition> shipped = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(d -> d.getResourceName().replace('\\', '/').matches("(.*/)?bpmn/[^/]+\\.bpmn"))
                .toList();
        assertThat(shipped).extracting(ProcessDefinition::getKey).contains("overdue-reminders");
        for (ProcessDefinition definition : shipped) {
            assertThat(problems(repositoryService.getBpmnModelInstance(definition.getId())))
                    .as(definition.getResourceName()).isEmpty();
        }
    }
}
