package org.scrutineer.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.springframework.beans.factory.annotation.Autowired;

/** A dispute's tasks name it by its number only: nothing of the child's case reaches the task list. */
@ScrutineerTest
class DisputeTaskNamesTest {

    private static final String DESCRIPTION = "The pathway plan has not been reviewed since the placement moved.";

    @Autowired DisputeIntake intake;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    @BeforeEach
    void firstOfMarch2027() {
        clock.freezeAt(DisputeFixtures.FIRST_OF_MARCH);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theTaskNamesTheDisputeByItsNumberAndNothingElse() {
        String caseReference = DisputeFixtures.caseReference();
        Dispute dispute = intake.raise(DisputeFixtures.submission(Map.of("caseReference", caseReference,
                "category", "drift-and-delay", "stage", "informal", "notifiedOn", "2027-03-01", "description", DESCRIPTION)), "iro");

        Task task = taskService.createTaskQuery().processDefinitionKey("dispute-resolution")
                .processInstanceBusinessKey(String.valueOf(dispute.getId())).singleResult();

        assertThat(task.getName()).isEqualTo("Respond to the informal dispute: dispute " + dispute.getId());
        assertThat(taskService.getVariablesLocal(task.getId())).containsExactly(Map.entry("item", "dispute " + dispute.getId()));
        assertThat(task.getName() + task.getDescription()).doesNotContain(caseReference, DESCRIPTION, "Drift and delay", "drift-and-delay");
    }
}
