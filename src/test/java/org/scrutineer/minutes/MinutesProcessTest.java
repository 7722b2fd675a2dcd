package org.scrutineer.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.scrutineer.minutes.MinutesSteps.recommendation;
import static org.scrutineer.minutes.MinutesSteps.resolution;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.publishing.PublishedDocument;
import org.scrutineer.publishing.PublishedDocuments;
import org.scrutineer.recommendation.Recommendation;
import org.scrutineer.recommendation.RecommendationRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second half of the committee-meeting process, path by path: the clerk records the minutes of a
 * meeting held on 23 March 2027, the chair approves or returns them, a published draft is corrected,
 * and the next meeting, on 20 April, confirms them.
 */
@ScrutineerTest
class MinutesProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired MinutesSteps steps;
    @Autowired MinutesService minutes;
    @Autowired MinutesDocuments documents;
    @Autowired PublishedDocuments published;
    @Autowired RecommendationRepository recommendations;
    @Autowired RuntimeService runtimeService;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;
    private ProcessInstance lifecycle;

    @BeforeEach
    void init_() {
        init(engine);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void held(boolean withExemptItem) {
        meeting = steps.heldOnTheTwentyThirdOfMarch(withExemptItem);
        lifecycle = steps.lifecycleOf(meeting);
        assertThat(lifecycle).hasPassed("meetingStarts").isWaitingAt("recordMinutes").task().hasCandidateGroup("democratic-services")
                .hasName("Record the minutes: Children and Young People Scrutiny Committee (meeting 23 March)");
    }

    private int workProgramme() {
        return steps.itemNumbered(meeting, "Work programme");
    }

    private String publishedHtml() {
        return new String(documents.latest(meeting.id()).orElseThrow().html(), StandardCharsets.UTF_8);
    }

    @Test
    void recordedAndApprovedTheMinutesArePublishedAsADraftAndTheRecommendationsAreTracked() {
        held(false);
        assertThatThrownBy(() -> steps.clerkCompletes(meeting)).hasMessageContaining("Record the minutes on the meeting's minutes page");

        steps.record(meeting, steps.oneItem(meeting, workProgramme(), resolution("That the work programme be agreed, with the changes below.",
                List.of(recommendation("1", "That the Cabinet reviews foster carer allowances."),
                        recommendation("2", "That the Cabinet publishes sufficiency data quarterly.")),
                List.of(new MinutesBody.Action("Circulate the revised programme", "Democratic services", "clerk@council.test", "2027-03-30")))));
        steps.clerkCompletes(meeting);

        assertThat(lifecycle).hasPassed("recordMinutes").isWaitingAt("approveDraftMinutes").task().hasCandidateGroup("scrutiny-chairs");
        List<Recommendation> tracked = recommendations.findByMeetingId(meeting.id());
        assertThat(tracked).extracting(Recommendation::getNumber).containsExactlyInAnyOrder("1", "2");
        assertThat(tracked).allSatisfy(r -> {
            assertThat(r.getMinute()).isEqualTo(minutes.body(meeting.id()).items().get(0).minute());
            assertThat(r.getTopic()).isEqualTo("Work programme");
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("recommendation-response")
                    .processInstanceBusinessKey(String.valueOf(r.getId())).count()).isEqualTo(1);
        });
        assertThat(documents.latest(meeting.id())).as("nothing is public before the chair approves").isEmpty();

        steps.chairApproves(meeting);
        assertThat(lifecycle).hasPassed("publishDraftMinutes").isWaitingAt("awaitConfirmation");
        assertThat(minutes.find(meeting.id()).orElseThrow().getStatus()).isEqualTo(MinutesStatus.DRAFT_PUBLISHED);
        assertThat(publishedHtml()).contains("Draft: to be confirmed at the next meeting", "That the Cabinet reviews foster carer allowances.",
                "ACTION: Circulate the revised programme", "Cllr Peter Lowe for " + MinutesSteps.THOMAS, "Agreed unanimously");
        assertThat(publishedHtml()).doesNotContain("clerk@council.test");
    }

    @Test
    void returnedByTheChairTheMinutesGoBackToTheClerkWithTheComments() {
        held(false);
        steps.record(meeting, steps.oneItem(meeting, workProgramme(), null));
        steps.clerkCompletes(meeting);
        assertThatThrownBy(() -> steps.complete("chair", steps.task(lifecycle, "approveDraftMinutes"), Map.of("minutesApproved", false)))
                .hasMessageContaining("Say what needs to change");

        steps.chairReturns(meeting, "Add the apologies from Cllr Morgan.");

        assertThat(lifecycle).hasPassed("isMinutesApproved").isWaitingAt("recordMinutes");
        assertThat(runtimeService.getVariable(steps.task(lifecycle, "recordMinutes").getExecutionId(), "chairSaid")).isNull();
        assertThat(engine.getTaskService().getVariableLocal(steps.task(lifecycle, "recordMinutes").getId(), "chairSaid"))
                .isEqualTo("Add the apologies from Cllr Morgan.");
        assertThat(minutes.find(meeting.id()).orElseThrow().getStatus()).isEqualTo(MinutesStatus.RETURNED);
        assertThat(documents.latest(meeting.id())).isEmpty();

        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);
        assertThat(lifecycle).isWaitingAt("awaitConfirmation");
    }

    @Test
    void aPublishedDraftCorrectedIsPublishedAgainAsANewVersion() {
        held(false);
        steps.record(meeting, steps.oneItem(meeting, workProgramme(), null));
        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);
        assertThatThrownBy(() -> steps.record(meeting, steps.oneItem(meeting, workProgramme(), null)))
                .hasMessageContaining("Ask for a correction");

        minutes.requestCorrection(meeting.id(), "The summary named the wrong report.");
        assertThat(lifecycle).hasPassed("correctionRequested").isWaitingAt("recordMinutes");
        MinutesBody corrected = steps.oneItem(meeting, workProgramme(), null);
        steps.record(meeting, corrected);
        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);

        assertThat(lifecycle).isWaitingAt("awaitConfirmation");
        List<PublishedDocument> versions = published.versions(MinutesDocuments.series(meeting.id()));
        assertThat(versions).extracting(PublishedDocument::version).containsExactly(1, 2);
        assertThat(versions.get(1).note()).isEqualTo("Corrected draft: The summary named the wrong report.");
    }

    @Test
    void theNextMeetingConfirmsThemWithAnAmendmentAndTheConfirmedVersionReplacesTheDraft() {
        held(false);
        steps.record(meeting, steps.oneItem(meeting, workProgramme(), null));
        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);

        ScheduledMeeting next = steps.heldOnTheTwentiethOfApril();
        MinutesBody nextMinutes = steps.oneItem(next, steps.itemNumbered(next, "Minutes"), null);
        MinutesBody withConfirmation = new MinutesBody(nextMinutes.attendance(), List.of(), nextMinutes.items(),
                new MinutesBody.Confirmation(meeting.id(), "Minute " + minutes.body(meeting.id()).items().get(0).minute()
                        + ": Cllr Whitfield was present."), List.of());
        steps.record(next, withConfirmation);
        assertThat(minutes.firstMinuteNumber(next)).isEqualTo(minutes.body(meeting.id()).items().get(0).minute() + 1);
        steps.clerkCompletes(next);

        assertThat(lifecycle).hasPassed("publishConfirmedMinutes").isEnded().hasPassed("minutesConfirmed");
        Minutes confirmed = minutes.find(meeting.id()).orElseThrow();
        assertThat(confirmed.getStatus()).isEqualTo(MinutesStatus.CONFIRMED);
        assertThat(confirmed.getConfirmedAtMeeting()).isEqualTo(next.id());
        List<PublishedDocument> versions = published.versions(MinutesDocuments.series(meeting.id()));
        assertThat(versions).hasSize(2);
        assertThat(new String(versions.get(0).html(), StandardCharsets.UTF_8)).contains("Draft: to be confirmed at the next meeting");
        assertThat(publishedHtml()).contains("Confirmed as a correct record at the meeting on Tuesday 20 April 2027", "Cllr Whitfield was present.")
                .doesNotContain("Draft: to be confirmed");
        assertThatThrownBy(() -> minutes.requestCorrection(meeting.id(), "Too late")).hasMessageContaining("confirmed as a correct record");
    }

    @Test
    void aMeetingWithNoResolutionsHasMinutesAndNothingInTheTracker() {
        held(false);
        steps.record(meeting, steps.oneItem(meeting, workProgramme(), null));
        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);

        assertThat(lifecycle).isWaitingAt("awaitConfirmation");
        assertThat(recommendations.findByMeetingId(meeting.id())).isEmpty();
        assertThat(publishedHtml()).contains("The committee discussed the report.", "No questions from members of the public were put to this meeting.");
    }

    @Test
    void anExemptItemHasAPublicMinuteSayingOnlyThatItWasExemptAndAStaffMinute() {
        held(true);
        int exempt = steps.itemNumbered(meeting, "Residential placement contract");
        steps.record(meeting, steps.oneItem(meeting, exempt, resolution("That the contract be awarded to Provider B at the tendered price.",
                List.of(recommendation("1", "That the Cabinet awards the contract to Provider B.")), List.of())));
        steps.clerkCompletes(meeting);
        steps.chairApproves(meeting);

        assertThat(publishedHtml()).contains("Residential placement contract", "This item was considered in private.", "paragraph 3")
                .doesNotContain("Provider B", "The committee discussed the report.");
        assertThat(documents.staffPage(meeting.id())).contains("That the contract be awarded to Provider B at the tendered price.");
        assertThat(recommendations.findByMeetingId(meeting.id())).singleElement().satisfies(r -> assertThat(r.isExempt()).isTrue());
    }
}
