package org.scrutineer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewTaskEmailTest {

    private static final String PROCESS = "new-task-email-check";
    private static final String CASE_REFERENCE = "CASE-2025-0042";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    OutboxRepository outbox;

    @BeforeAll
    void deploy() {
        repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .name("Email check").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("reviewAsGroup").name("Review the papers").camundaCandidateGroups("reviewers-legal")
                .camundaDueDate("${due}")
                .userTask("approveAsDirector").name("Approve the papers").camundaAssignee("director")
                .endEvent()
                .done()).deploy();
    }

    @Test
    void mailIsOnlyQueuedIfTheChangeThatCausedItCommits() {
        // The failing step fails only if, inside the engine's transaction, it can already see the
        // two queued emails (to reviewer-risk and demo); otherwise the process would start.
        repositoryService.createDeployment().addModelInstance("rollback-check.bpmn", Bpmn.createExecutableProcess("rollback-check")
                .name("Rollback check").camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("split")
                .userTask("doomedTask").name("Doomed task").camundaCandidateGroups("reviewers-risk").camundaDueDate("${due}")
                .endEvent()
                .moveToNode("split")
                .serviceTask("failingStep").camundaExpression("${outboxRepository.count() == queuedByNow ? noSuchBean.fail() : null}")
                .endEvent()
                .done()).deploy();
        long before = outbox.count();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("rollback-check",
                Map.of("due", "2025-03-12T17:00:00", "queuedByNow", before + 2)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("noSuchBean");

        assertThat(outbox.count()).as("the queued mail rolled back with the change").isEqualTo(before);
    }

    private List<OutboxMessage> mailAbout(String taskId) {
        return outbox.findAll().stream().filter(m -> m.getBody().contains("task=" + taskId)).toList();
    }

    @Test
    void aGroupTaskIsMailedToEveryMemberOfTheGroup() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, CASE_REFERENCE,
                Map.of("due", "2025-03-12T17:00:00", "caseReference", CASE_REFERENCE));
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        List<OutboxMessage> mail = mailAbout(task.getId());
        assertThat(mail).extracting(OutboxMessage::getRecipient)
                .containsExactlyInAnyOrder("reviewer-legal@council.example", "demo@council.example");
        assertThat(mail).allSatisfy(m -> {
            assertThat(m.getKind()).isEqualTo("new-task");
            assertThat(m.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(m.getSubject()).isEqualTo("New task: Review the papers");
            assertThat(m.getBody())
                    .contains("There is a new task for your team: Review the papers (Email check)")
                    .contains("It is due by 5pm on Wednesday 12 March 2025")
                    .contains("http://scrutineer.test/camunda/app/tasklist/default/#/?task=" + task.getId());
        });
    }

    @Test
    void anAssignedTaskIsMailedToItsAssigneeOnly() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("due", "2025-03-12T17:00:00"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
        Task approval = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        assertThat(mailAbout(approval.getId())).singleElement().satisfies(m -> {
            assertThat(m.getRecipient()).isEqualTo("director@council.example");
            assertThat(m.getBody()).contains("A task has been assigned to you: Approve the papers");
        });
    }

    @Test
    void noEmailCarriesTheCaseReferenceOrVariables() {
        runtimeService.startProcessInstanceByKey(PROCESS, CASE_REFERENCE,
                Map.of("due", "2025-03-12T17:00:00", "caseReference", CASE_REFERENCE));
        assertThat(outbox.findAll()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.getBody()).doesNotContain(CASE_REFERENCE);
            assertThat(m.getSubject()).doesNotContain(CASE_REFERENCE);
        });
    }
}
