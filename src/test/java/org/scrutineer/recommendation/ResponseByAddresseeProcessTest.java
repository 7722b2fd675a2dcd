package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.HistoricInstance;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each addressee answers its own recommendations: the response task goes to the group configured
 * for it (scrutineer.recommendations.response-groups), only that group may complete it, and the
 * response names who gave it.
 */
@ScrutineerTest
class ResponseByAddresseeProcessTest {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    @Autowired ProcessEngine engine;
    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired RecommendationIntake intake;
    @Autowired RecommendationRepository recommendations;
    @Autowired MeetingService meetings;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void theCommitteeMetOnTwelfthJanuary2027() {
        init(engine);
        meeting = RecommendationFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        identityService.clearAuthentication();
        clock.reset();
    }

    private Recommendation recommend(String addressee) {
        return intake.record(new RecommendationSubmission(meeting.id(), "Addressee topic " + TOPICS.incrementAndGet(), "1",
                "That the local safeguarding arrangements publish their annual report in plain English.", addressee, "general", null));
    }

    private ProcessInstance sent(Recommendation r) {
        ProcessInstance pi = new HistoricInstance(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(r.getId())).singleResult());
        complete(task("sendRecommendation", pi));
        assertThat(pi).isWaitingAt("recordExecutiveResponse");
        return pi;
    }

    private Recommendation reload(Recommendation r) {
        return recommendations.findById(r.getId()).orElseThrow();
    }

    private void completeAs(String user, String group, String taskId, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.complete(taskId, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @ParameterizedTest(name = "a recommendation to {0} is answered by {1}")
    @CsvSource({
            "executive,      cabinet,                    cabinet-member,   clerk",
            "cabinet-member, cabinet,                    cabinet-member,   scrutiny-officer",
            "council,        democratic-services,        clerk,            cabinet-member",
            "partner,        statutory-scrutiny-officer, scrutiny-officer, cabinet-member",
            "officer,        statutory-scrutiny-officer, scrutiny-officer, clerk"})
    void theResponseGoesToTheGroupConfiguredForTheAddresseeAndOnlyThatGroupRecordsIt(String addressee, String group,
                                                                                     String member, String outsider) {
        Recommendation r = recommend(addressee);
        ProcessInstance pi = sent(r);
        assertThat(task("recordExecutiveResponse", pi)).hasCandidateGroup(group);
        assertThat(taskService.createTaskQuery().taskId(task("recordExecutiveResponse", pi).getId()).taskCandidateGroup("cabinet").count())
                .isEqualTo(group.equals("cabinet") ? 1 : 0);
        assertThat(outbox.findAll()).filteredOn(m -> m.getKind().equals("recommendation-sent") && m.getSubject().contains(r.getTopic() + ","))
                .extracting(OutboxMessage::getRecipient).contains(member + "@council.example");

        String taskId = task("recordExecutiveResponse", pi).getId();
        taskService.addCandidateUser(taskId, outsider);
        String outsiderGroup = identityService.createGroupQuery().groupMember(outsider).singleResult().getId();
        assertThatThrownBy(() -> completeAs(outsider, outsiderGroup, taskId,
                withVariables("decision", "noted", "respondedBy", "Someone")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Only the " + group + " group records the response");
        assertThat(reload(r).getDecision()).isNull();

        completeAs(member, group, taskId, withVariables("decision", "noted", "respondedBy", "Safeguarding partnership"));
        assertThat(pi).hasPassed("saveExecutiveResponse", "reportResponse").isWaitingAt("agreeOutcome");
        assertThat(reload(r).getDecision()).isEqualTo("noted");
        assertThat(reload(r).getRespondedBy()).isEqualTo("Safeguarding partnership");
    }

    @Test
    void notedNeedsNoReasonsNorActionPlanAndCountsAsResponded() {
        Recommendation r = recommend("executive");
        ProcessInstance pi = sent(r);
        completeAs("cabinet-member", "cabinet", task("recordExecutiveResponse", pi).getId(), withVariables("decision", "noted"));
        assertThat(pi).hasPassed("noActionsToFollow").isWaitingAt("agreeOutcome");
        Recommendation noted = reload(r);
        assertThat(noted.getDecision()).isEqualTo("noted");
        assertThat(noted.getResponse()).isNull();
        assertThat(noted.getActions()).isEmpty();
        assertThat(noted.statusOn(noted.getDateReceived())).isEqualTo(ResponseStatus.RESPONDED);
        assertThat(outbox.findAll()).filteredOn(m -> m.getKind().equals("recommendation-response") && m.getSubject().contains(r.getTopic() + ","))
                .first().satisfies(m -> assertThat(m.getSubject()).contains("Noted"));
    }

    @Test
    void aCabinetMemberAnsweringForTheExecutiveIsNamedAsTheRespondent() {
        Recommendation r = recommend("executive");
        ProcessInstance pi = sent(r);
        completeAs("cabinet-member", "cabinet", task("recordExecutiveResponse", pi).getId(),
                withVariables("decision", "accepted", "actions", "Publish the report | director | 2027-06-30 | Published"));
        assertThat(reload(r).getRespondedBy()).isEqualTo("Kit Cabinet");
    }

    @Test
    void aResponseRecordedOnTheAddresseesBehalfMustSayWhoGaveIt() {
        Recommendation r = recommend("council");
        ProcessInstance pi = sent(r);
        String taskId = task("recordExecutiveResponse", pi).getId();
        assertThatThrownBy(() -> completeAs("clerk", "democratic-services", taskId, withVariables("decision", "accepted")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Say who gave the response: you record it on behalf of full Council");
        assertThat(pi).isWaitingAt("recordExecutiveResponse");

        completeAs("clerk", "democratic-services", taskId, withVariables("decision", "accepted", "respondedBy", "Full Council"));
        assertThat(reload(r).getRespondedBy()).isEqualTo("Full Council");
        assertThat(reload(r).getDecision()).isEqualTo("accepted");
    }
}
