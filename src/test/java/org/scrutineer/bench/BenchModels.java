package org.scrutineer.bench;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Models for seeding open work quickly: one start creates a task for each item of its list (a
 * group, or a person as assignee), so that the engine writes hundreds of tasks per command.
 */
final class BenchModels {

    static final String GROUP_TASK = "bench-group-task";
    static final String PERSON_TASK = "bench-person-task";

    private BenchModels() {
    }

    static void deploy(RepositoryService repositoryService) {
        repositoryService.createDeployment().name("benchmark: seeded work")
                .addModelInstance(GROUP_TASK + ".bpmn", model(GROUP_TASK, "Benchmark group work", false))
                .addModelInstance(PERSON_TASK + ".bpmn", model(PERSON_TASK, "Benchmark personal work", true))
                .deploy();
    }

    private static BpmnModelInstance model(String key, String name, boolean assigned) {
        var task = Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(1)
                .startEvent("workArrived").name("Work arrived")
                .userTask("doTheWork").name("Do the work").camundaDueDate("${due}");
        task = assigned ? task.camundaAssignee("${item}") : task.camundaCandidateGroups("${item}");
        return task.multiInstance().parallel().camundaCollection("${items}").camundaElementVariable("item")
                .multiInstanceDone().endEvent("workDone").name("Work done").done();
    }
}
