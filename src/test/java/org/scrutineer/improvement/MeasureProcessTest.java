package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.web.ApiClient;
import org.scrutineer.web.EngineRuleRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The improvement-measure process for "average caseload in assessment teams" (lower is better, from a
 * baseline of 24, targets 22 and 20 for the quarters ending 31 March and 30 June 2026): each quarter's
 * actual asked of its owner when the quarter ends, due ten working days later, rated from the figures.
 */
@ScrutineerTest
class MeasureProcessTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired ProcessSteps steps;
    @Autowired AppClock clock;
    @Autowired ImprovementFixtures fixtures;
    @Autowired Plans plans;
    @Autowired RuntimeService runtimeService;

    private final ObjectMapper json = new ObjectMapper();
    private long planId;
    private long measureId;
    private ProcessInstance pi;

    @BeforeEach
    void aMeasureIsSet() throws Exception {
        init(engine);
        clock.freezeAt(Instant.parse("2026-01-05T10:00:00Z"));
        planId = fixtures.imported(ImprovementFixtures.uniqueTitle("Measures plan"),
                "Our workforce,director,M1,,,Reduce caseloads,,,head-of-service,green");
        HttpResponse<String> added = post("clerk", "/api/plans/" + planId + "/measures", """
                {"name":"Average caseload in assessment teams","unit":"children","direction":"lower","baseline":"24",
                 "owner":"service-manager","source":"Monthly performance report",
                 "targets":[{"quarterEnd":"2026-06-30","target":"20"},{"quarterEnd":"2026-03-31","target":"22"}]}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        measureId = json.readTree(added.body()).path("id").asLong();
        pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(Measures.PROCESS)
                .processInstanceBusinessKey(Measures.businessKey(measureId)).singleResult();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private HttpResponse<String> post(String user, String path, String body) {
        return ApiClient.as(port, user, "demo").post(path, body);
    }

    private PlanJson.MeasureJson measure() {
        return plans.one(planId).measures().get(0);
    }

    private Task quarterEnds(String instant) {
        clock.freezeAt(Instant.parse(instant));
        steps.runDueJobs(pi);
        assertThat(pi).isWaitingAt("recordMeasureActual");
        return steps.task(pi, "recordMeasureActual");
    }

    @Test
    void eachQuarterIsAskedWhenItEndsAndItsRatingIsWorkedOutFromTheActual() {
        assertThat(pi).isWaitingAt("quarterEnds");
        assertThat(runtimeService.getVariable(pi.getId(), "quarterEnd")).as("the earliest quarter first").isEqualTo("2026-03-31");
        clock.freezeAt(Instant.parse("2026-03-31T15:59:00Z"));
        steps.runDueJobs(pi);
        assertThat(pi).as("not before the quarter ends").isWaitingAt("quarterEnds");

        Task march = quarterEnds("2026-03-31T16:00:00Z");
        assertThat(march.getAssignee()).isEqualTo("service-manager");
        assertThat(march.getDueDate()).as("ten working days after, Good Friday and Easter Monday not counted")
                .isEqualTo(Date.from(Instant.parse("2026-04-16T16:00:00Z")));
        assertThat(runtimeService.getVariable(pi.getId(), "targetText")).isEqualTo("22 children, lower is better");
        clock.freezeAt(Instant.parse("2026-04-07T10:00:00Z"));
        steps.complete("service-manager", march, Map.of("actual", 22.8));

        assertThat(pi).isWaitingAt("quarterEnds");
        assertThat(runtimeService.getVariable(pi.getId(), "quarterEnd")).isEqualTo("2026-06-30");
        Task june = quarterEnds("2026-06-30T16:00:00Z");
        clock.freezeAt(Instant.parse("2026-07-02T10:00:00Z"));
        steps.complete("service-manager", june, Map.of("actual", 19));

        assertThat(pi).hasPassed("everyQuarterRecorded").isEnded();
        PlanJson.MeasureJson measure = measure();
        assertThat(measure.direction()).isEqualTo("lower");
        assertThat(measure.baseline()).isEqualByComparingTo("24");
        assertThat(measure.quarters()).extracting(q -> q.quarterEnd() + " " + q.target().stripTrailingZeros().toPlainString() + " "
                        + q.actual().stripTrailingZeros().toPlainString() + " " + q.rating() + " " + q.late())
                .containsExactly("2026-03-31 22 22.8 near-target false", "2026-06-30 20 19 on-target false");
    }

    @Test
    void aQuarterEnteredLateIsKeptAsLate() {
        Task march = quarterEnds("2026-03-31T16:00:00Z");
        clock.freezeAt(Instant.parse("2026-04-20T09:00:00Z"));
        steps.complete("service-manager", march, Map.of("actual", 25));

        PlanJson.QuarterJson recorded = measure().quarters().get(0);
        assertThat(recorded.late()).isTrue();
        assertThat(recorded.rating()).isEqualTo("off-target");
        assertThat(recorded.recordedBy()).isEqualTo("service-manager");
        assertThat(measure().quarters().get(1).rating()).isEqualTo("no-figure");
    }

    @Test
    void anActualThatIsNotANumberIsRefusedAndTheTaskStays() {
        Task march = quarterEnds("2026-03-31T16:00:00Z");
        assertThatThrownBy(() -> steps.complete("service-manager", march, Map.of("actual", "about twenty")))
                .hasRootCauseInstanceOf(EngineRuleRefusal.class).hasMessageContaining("Give a number, for example 22 or 18.5");
        assertThat(pi).isWaitingAt("recordMeasureActual");
    }

    @Test
    void aMeasureThatCannotBeRatedIsRefusedWithEveryReason() throws Exception {
        HttpResponse<String> refused = post("clerk", "/api/plans/" + planId + "/measures", """
                {"name":"","direction":"sideways","baseline":"lots","owner":"nobody-here",
                 "targets":[{"quarterEnd":"2026-05-15","target":"20"}]}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(refused.body());
        assertThat(refused.body()).contains("Give the measure's name", "Say whether higher or lower is better",
                "Give a number, for example 22 or 18.5", "is not a user or group in the staff directory",
                "A target is for the end of a quarter").doesNotContain("Exception");
        assertThat(body.isObject()).isTrue();
        assertThat(post("member", "/api/plans/" + planId + "/measures", "{}").statusCode()).isEqualTo(403);
        assertThat(post("clerk", "/api/plans/987654321/measures", "{\"name\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(List.of(measure().name())).containsExactly("Average caseload in assessment teams");
    }
}
