package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff work every task in the Tasklist: each user task of each shipped model must open a deployed Camunda Form. */
@ScrutineerTest
class EveryUserTaskHasItsFormTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyUserTaskLinksADeployedForm() throws Exception {
        List<ProcessDefinition> shipped = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(d -> d.getResourceName().replace('\\', '/').matches("(.*/)?bpmn/[^/]+\\.bpmn"))
                .toList();
        assertThat(shipped).extracting(ProcessDefinition::getKey).contains("public-question");
        ObjectMapper json = new ObjectMapper();
        for (ProcessDefinition definition : shipped) {
            Set<String> formIds = repositoryService.getDeploymentResourceNames(definition.getDeploymentId()).stream()
                    .filter(name -> name.endsWith(".form"))
                    .map(name -> readId(json, definition.getDeploymentId(), name))
                    .collect(Collectors.toSet());
            for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("%s in %s has a form", task.getId(), definition.getKey()).isNotBlank();
                assertThat(formIds).as("the form of %s in %s is deployed", task.getId(), definition.getKey())
                        .contains(task.getCamundaFormRef());
            }
        }
    }

    private String readId(ObjectMapper json, String deploymentId, String resource) {
        try {
            return json.readTree(repositoryService.getResourceAsStream(deploymentId, resource)).path("id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
