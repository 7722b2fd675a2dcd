package org.scrutineer.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.minutes.MinutesSteps.recommendation;
import static org.scrutineer.minutes.MinutesSteps.resolution;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.recommendation.Recommendation;
import org.scrutineer.recommendation.RecommendationRepository;
import org.scrutineer.web.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Minutes completed again create nothing twice: each recommendation is known by its meeting, minute
 * and number. A correction rewords one not yet sent, withdraws one taken out with its reason, and is
 * refused for one already sent.
 */
@ScrutineerTest
class MinutesExactlyOnceTest {

    @Autowired MinutesSteps steps;
    @Autowired MinutesService minutes;
    @Autowired RecommendationRepository recommendations;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long running(Recommendation r) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("recommendation-response")
                .processInstanceBusinessKey(String.valueOf(r.getId())).count();
    }

    private Recommendation numbered(ScheduledMeeting meeting, String number) {
        return recommendations.findByMeetingId(meeting.id()).stream().filter(r -> r.getNumber().equals(number)).findFirst().orElseThrow();
    }

    private MinutesBody withRecommendations(ScheduledMeeting meeting, int item, MinutesBody.Recommendation... recs) {
        return steps.oneItem(meeting, item, resolution("That the Cabinet be asked to act.", List.of(recs), List.of()));
    }

    @Test
    void minutesCompletedTwiceWithOneRecommendationChangedHoldEachRecommendationOnce() {
        ScheduledMeeting meeting = steps.heldOnTheTwentyThirdOfMarch(false);
        int item = steps.itemNumbered(meeting, "Work programme");
        steps.record(meeting, withRecommendations(meeting, item, recommendation("1", "That the Cabinet reviews foster carer allowances."),
                recommendation("2", "That the Cabinet publishes sufficiency data quarterly.")));
        steps.clerkCompletes(meeting);
        long first = numbered(meeting, "1").getId();
        long second = numbered(meeting, "2").getId();
        steps.chairReturns(meeting, "Recommendation 2 should say monthly.");

        MinutesBody corrected = withRecommendations(meeting, item, recommendation("1", "That the Cabinet reviews foster carer allowances."),
                recommendation("2", "That the Cabinet publishes sufficiency data monthly."));
        steps.record(meeting, corrected);
        steps.clerkCompletes(meeting);

        List<Recommendation> tracked = recommendations.findByMeetingId(meeting.id());
        assertThat(tracked).hasSize(2).extracting(Recommendation::getId).containsExactlyInAnyOrder(first, second);
        assertThat(numbered(meeting, "2").getText()).isEqualTo("That the Cabinet publishes sufficiency data monthly.");
        assertThat(numbered(meeting, "1").getText()).isEqualTo("That the Cabinet reviews foster carer allowances.");
        assertThat(tracked).allSatisfy(r -> assertThat(running(r)).isEqualTo(1));
        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery().processDefinitionKey("recommendation-response")
                .processInstanceBusinessKey(String.valueOf(second)).singleResult().getId(), "recommendationText"))
                .isEqualTo("That the Cabinet publishes sufficiency data monthly.");
    }

    @Test
    void oneTakenOutBeforeItWasSentIsWithdrawnWithItsReasonAndOneAlreadySentCannotBe() {
        ScheduledMeeting meeting = steps.heldOnTheTwentyThirdOfMarch(false);
        int item = steps.itemNumbered(meeting, "Work programme");
        steps.record(meeting, withRecommendations(meeting, item, recommendation("1", "That the Cabinet reviews foster carer allowances."),
                recommendation("2", "That the Cabinet publishes sufficiency data quarterly.")));
        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);
        Recommendation sent = numbered(meeting, "1");
        taskService.complete(taskService.createTaskQuery().processDefinitionKey("recommendation-response")
                .processInstanceBusinessKey(String.valueOf(sent.getId())).taskDefinitionKey("sendRecommendation").singleResult().getId());
        minutes.requestCorrection(meeting.id(), "Recommendation 2 was not agreed.");

        MinutesBody withoutTheSecond = withRecommendations(meeting, item, recommendation("1", "That the Cabinet reviews foster carer allowances."));
        assertThatThrownBy(() -> steps.record(meeting, withoutTheSecond)).isInstanceOf(Refusal.class)
                .hasMessageContaining("Say why recommendation 2 of minute");
        assertThatThrownBy(() -> steps.record(meeting, withRecommendations(meeting, item,
                recommendation("2", "That the Cabinet publishes sufficiency data quarterly."))))
                .isInstanceOf(Refusal.class).hasMessageContaining("Recommendation 1 of minute").hasMessageContaining("cannot be taken out");
        assertThatThrownBy(() -> steps.record(meeting, withRecommendations(meeting, item, recommendation("1", "Reworded after sending."),
                recommendation("2", "That the Cabinet publishes sufficiency data quarterly."))))
                .isInstanceOf(Refusal.class).hasMessageContaining("cannot be changed");

        int minute = withoutTheSecond.items().get(0).minute();
        steps.record(meeting, new MinutesBody(withoutTheSecond.attendance(), List.of(), withoutTheSecond.items(), null,
                List.of(new MinutesBody.Withdrawal(minute, "2", "Recommendation 2 was not agreed: the vote was lost."))));
        steps.clerkCompletes(meeting);

        Recommendation withdrawn = numbered(meeting, "2");
        assertThat(withdrawn.getClosure()).isEqualTo("withdrawn");
        assertThat(withdrawn.getWithdrawnReason()).isEqualTo("Recommendation 2 was not agreed: the vote was lost.");
        assertThat(running(withdrawn)).isZero();
        assertThat(running(numbered(meeting, "1"))).isEqualTo(1);
        assertThat(recommendations.findByMeetingId(meeting.id())).hasSize(2);
    }
}
