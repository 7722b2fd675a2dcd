package org.scrutineer.workprogramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.HistoricInstance;
import org.scrutineer.ProcessSteps;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.scrutineer.notification.OutboxMessage;
import org.scrutineer.notification.OutboxRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The topic-suggestion process, path by path: a topic accepted, then taken at a meeting; merged into
 * an item the programme has; declined with the reason, and its suggester's contact details erased six
 * months on; and one waiting until its year ends.
 */
@ScrutineerTest
class TopicSuggestionProcessTest {

    private static final AtomicInteger SUGGESTERS = new AtomicInteger();

    @Autowired ProcessEngine engine;
    @Autowired TopicSuggestions suggestions;
    @Autowired WorkProgramme programme;
    @Autowired MeetingService meetings;
    @Autowired ProcessSteps process;
    @Autowired HistoryService historyService;
    @Autowired OutboxRepository outbox;
    @Autowired AppClock clock;

    private String email;

    @BeforeEach
    void inJune2032() {
        init(engine);
        clock.freezeAt(Instant.parse("2032-06-07T09:00:00Z"));
        email = "suggester" + SUGGESTERS.incrementAndGet() + "@example.org";
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private TopicSuggestion suggest(String topic) {
        return suggestions.submit("cyp", new TopicSuggestionSubmission("cyp", "Jo Parent", email, "Exemplar Town", true, topic,
                "Families wait months for a decision."));
    }

    private ProcessInstance processOf(TopicSuggestion s) {
        return new HistoricInstance(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("topic-suggestion")
                .processInstanceBusinessKey(TopicSuggestions.businessKey(s.getId())).singleResult());
    }

    private List<String> subjects() {
        return outbox.findAll().stream().filter(m -> m.getRecipient().equals(email)).map(OutboxMessage::getSubject).toList();
    }

    private void screen(ProcessInstance pi, Map<String, Object> decision) {
        process.complete("clerk", process.task(pi, "screenTopicSuggestion"), decision);
    }

    @Test
    void anAcceptedTopicBecomesAProposedItemAndItsSuggesterHearsOfTheMeetingThatTakesIt() {
        TopicSuggestion s = suggest("Short breaks for disabled children");
        ProcessInstance pi = processOf(s);
        assertThat(pi).hasBusinessKey("topic-" + s.getId()).hasPassed("acknowledgeSuggestion").isWaitingAt("screenTopicSuggestion")
                .task().hasCandidateGroup("democratic-services").hasName("Screen the suggested topic: Short breaks for disabled children");
        assertThat(subjects()).containsExactly("We have received your suggestion for the Children and Young People Scrutiny Committee");

        screen(pi, Map.of("decision", "accept"));
        WorkProgrammeItem item = programme.get(suggestions.get(s.getId()).getItemId());
        assertThat(item.getSource()).isEqualTo(ItemSource.PUBLIC_SUGGESTION);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.PROPOSED);
        assertThat(item.getTopic()).isEqualTo("Short breaks for disabled children");
        assertThat(pi).hasPassed("tellTaken").isWaitingAt("awaitMeeting");
        assertThat(subjects()).contains("Your suggestion is in the work programme of the Children and Young People Scrutiny Committee");

        ScheduledMeeting meeting = meetings.schedule("cyp", LocalDateTime.parse("2032-10-12T14:00"), null);
        programme.change(item.getId(), new WorkProgrammeChange(item.getTopic(), item.getObjectives(), null, null, "committee-item", meeting.id(),
                "public-suggestion", "scheduled", null, null));
        assertThat(pi).hasPassed("tellMeeting", "topicTaken").isWaitingAt("keptSixMonths");
        assertThat(outbox.findAll().stream().filter(m -> m.getRecipient().equals(email) && m.getSubject().contains("will take your suggested topic"))
                .findFirst().orElseThrow().getBody()).contains("Tuesday 12 October 2032 at 2pm", "/meetings/" + meeting.id());
    }

    @Test
    void aTopicMergedIntoAnItemFollowsThatItem() {
        WorkProgrammeItem existing = programme.add("cyp", new WorkProgrammeChange("Short breaks", null, null, null, "committee-item", null,
                "member", "proposed", null, null));
        TopicSuggestion s = suggest("Respite care for parent carers");
        ProcessInstance pi = processOf(s);
        assertThatThrownBy(() -> screen(pi, Map.of("decision", "merge"))).hasMessageContaining("Give the number of the work programme item");

        screen(pi, Map.of("decision", "merge", "mergeInto", existing.getId()));
        assertThat(suggestions.get(s.getId()).getStatus()).isEqualTo("merged");
        assertThat(suggestions.get(s.getId()).getItemId()).isEqualTo(existing.getId());
        assertThat(programme.forYear("cyp", existing.getYearBegins())).extracting(WorkProgrammeItem::getTopic)
                .doesNotContain("Respite care for parent carers");
        assertThat(pi).isWaitingAt("awaitMeeting");
    }

    @Test
    void aDeclinedTopicNeedsTheReasonWhichTheSuggesterIsTold() {
        TopicSuggestion s = suggest("The council's parking charges");
        ProcessInstance pi = processOf(s);
        assertThatThrownBy(() -> screen(pi, Map.of("decision", "decline"))).hasMessageContaining("Say why the suggestion is declined");
        assertThatThrownBy(() -> screen(pi, Map.of())).hasMessageContaining("Choose whether to accept the suggestion");

        screen(pi, Map.of("decision", "decline", "declineReason", "Parking is for the place scrutiny committee."));
        assertThat(pi).hasPassed("tellDeclined", "declined").isWaitingAt("keptSixMonths");
        assertThat(outbox.findAll().stream().filter(m -> m.getRecipient().equals(email) && m.getSubject().startsWith("Your suggestion for"))
                .findFirst().orElseThrow().getBody()).contains("Parking is for the place scrutiny committee.");

        clock.freezeAt(Instant.parse("2032-12-06T09:00:00Z"));
        process.runDueJobs(pi);
        assertThat(pi).as("not before six months").isWaitingAt("keptSixMonths");
        assertThat(suggestions.get(s.getId()).getEmail()).isEqualTo(email);
        clock.freezeAt(Instant.parse("2032-12-07T18:00:00Z"));
        process.runDueJobs(pi);
        assertThat(pi).hasPassed("eraseSuggesterDetails").isEnded().hasPassed("contactDetailsErased");
        TopicSuggestion erased = suggestions.get(s.getId());
        assertThat(erased.getEmail()).isEmpty();
        assertThat(erased.getName()).isEmpty();
        assertThat(erased.getTown()).isEmpty();
        assertThat(erased.getContactErasedAt()).isNotNull();
        assertThat(erased.getTopic()).isEqualTo("The council's parking charges");
        assertThat(erased.getDeclineReason()).isEqualTo("Parking is for the place scrutiny committee.");
    }

    @Test
    void aTopicNeverPlannedForAMeetingStopsWaitingWhenItsYearEnds() {
        TopicSuggestion s = suggest("Young carers' assessments");
        ProcessInstance pi = processOf(s);
        screen(pi, Map.of("decision", "accept"));
        clock.freezeAt(Instant.parse("2033-05-02T09:00:00Z"));
        process.runDueJobs(pi);
        assertThat(pi).hasPassed("yearEnded", "notTakenThisYear").isWaitingAt("keptSixMonths");
    }
}
