package org.scrutineer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.dispute.DisputeCategory;
import org.scrutineer.dispute.DisputeIntake;
import org.scrutineer.dispute.DisputeStage;
import org.scrutineer.dispute.DisputeSubmission;
import org.scrutineer.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task query with its authorization check rewritten finds exactly what the engine's
 * own statement finds, for every person and for the Tasklist's kinds of query; and a new engine
 * whose mapping no longer has the places it edits stops the start instead of running unedited.
 */
@ScrutineerTest
class TaskQueryByExistsTest {

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired MeetingService meetings;
    @Autowired DisputeIntake disputes;

    @Test
    void everyoneFindsTheSameTasksAsWithTheEnginesOwnStatement() {
        meetings.schedule("cyp", LocalDateTime.parse("2034-05-09T14:00"), null);
        disputes.raise(new DisputeSubmission("CYP-700101", DisputeCategory.DRIFT_AND_DELAY, DisputeStage.INFORMAL,
                "2026-11-02", "Permanence plan has drifted.", null, null, null, null), "iro");
        standaloneTask("Check the room booking", null, List.of(), "scrutiny-chairs");
        standaloneTask("Agree the site visit", null, List.of("chair"), "scrutiny-chairs", "committee-members");
        standaloneTask("Confirm the witness list", "clerk", List.of("member"), "scrutiny-chairs");
        standaloneTask("Ring the witness", "clerk", List.of());

        assertThat(TaskQueryParity.assertSameTasksForEveryone(engine))
                .as("people who see some tasks but not all").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theTasklistsGroupQueryAsksTheLinksByExistsAndNeedsNoDistinct() {
        assertThat(listStatement(tasks.createTaskQuery().taskCandidateGroupIn(List.of("scrutiny-chairs")).orderByTaskCreateTime().desc()))
                .containsIgnoringCase("exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_")
                .doesNotContainIgnoringCase("join ACT_RU_IDENTITYLINK").doesNotContainIgnoringCase("distinct");
        assertThat(listStatement(tasks.createTaskQuery().taskCandidateGroupIn(List.of("scrutiny-chairs")).taskInvolvedUser("chair")))
                .as("two criteria on the links joined by and must hold for the same link")
                .containsIgnoringCase("left join ACT_RU_IDENTITYLINK I").containsIgnoringCase("distinct");
        assertThat(listStatement(tasks.createTaskQuery().taskCandidateGroupIn(List.of("scrutiny-chairs"))
                .orderByProcessVariable("meetingId", ValueType.LONG).asc()))
                .as("a sort by a variable joins the variables").containsIgnoringCase("distinct");
    }

    @Test
    void aMappingWithoutTheJoinStopsTheStart() throws IOException {
        String mapping = engineMapping();
        String withoutJoin = mapping.replace("AUTH ON (AUTH.RESOURCE_ID_", "AUTH ON (AUTH.RESOURCE_ID_ ");

        assertThat(TaskQueryByExists.mapper(mapping)).doesNotContain("authCheckJoinWithoutOnClause")
                .contains("exists (select 1 from").contains("namespace=\"" + TaskQueryByExists.NAMESPACE + "\"");
        assertThatThrownBy(() -> TaskQueryByExists.mapper(withoutJoin))
                .hasMessage("The engine's task mapping has changed: the join of the authorizations was not found exactly once");
        assertThatThrownBy(() -> TaskQueryByExists.mapper(mapping.replace("contextualAuthorizationCheck", "someOtherCheck")))
                .hasMessage("The engine's task mapping has changed: the authorization check was not found exactly once");
    }

    private void standaloneTask(String name, String assignee, List<String> candidates, String... groups) {
        Task task = tasks.newTask();
        task.setName(name);
        task.setAssignee(assignee);
        tasks.saveTask(task);
        candidates.forEach(person -> tasks.addCandidateUser(task.getId(), person));
        for (String group : groups) {
            tasks.addCandidateGroup(task.getId(), group);
        }
    }

    private String listStatement(TaskQuery query) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> configuration.getSqlSessionFactory().getConfiguration()
                .getMappedStatement(TaskQueryByExists.NAMESPACE + "." + TaskQueryByExists.LIST).getBoundSql(query).getSql()
                .replaceAll("\\s+", " "));
    }

    private static String engineMapping() throws IOException {
        try (InputStream in = TaskQueryByExistsTest.class.getClassLoader().getResourceAsStream(TaskQueryByExists.ENGINE_MAPPING)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
