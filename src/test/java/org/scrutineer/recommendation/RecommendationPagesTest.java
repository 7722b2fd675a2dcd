package org.scrutineer.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ScrutineerTest
class RecommendationPagesTest {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired RecommendationIntake intake;
    @Autowired RecommendationRepository recommendations;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeeting() {
        meeting = RecommendationFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestPostProcessor clerk() {
        return user("clerk").authorities(() -> "democratic-services");
    }

    private static RequestPostProcessor member() {
        return user("member").authorities(() -> "committee-members");
    }

    private Recommendation recommend(String topic, String text) {
        return intake.record(new RecommendationSubmission(meeting.id(), topic, "1", text, "executive", "general", null));
    }

    private void send(Recommendation r) {
        taskService.complete(taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(r.getId()))
                .taskDefinitionKey("sendRecommendation").singleResult().getId());
    }

    @Test
    void aMeetingsRecommendationsAreRecordedInOneGo() throws Exception {
        mvc.perform(get("/staff/recommendations/new").with(clerk())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a meeting")));
        long before = recommendations.count();
        String topic = "Batch topic " + TOPICS.incrementAndGet();

        mvc.perform(post("/staff/recommendations/new").with(clerk()).with(csrf())
                        .param("meetingId", String.valueOf(meeting.id()))
                        .param("rows[0].topic", topic).param("rows[0].number", "1").param("rows[0].text", "That the first thing is done.")
                        .param("rows[0].addressee", "executive").param("rows[0].scrutinyType", "general")
                        .param("rows[1].topic", topic).param("rows[1].number", "2").param("rows[1].text", "That the committee looks again.")
                        .param("rows[1].addressee", "committee").param("rows[1].scrutinyType", "general")
                        .param("rows[2].topic", "").param("rows[2].number", "3").param("rows[2].text", "")
                        .param("rows[2].addressee", "executive").param("rows[2].scrutinyType", "general"))
                .andExpect(redirectedUrl("/staff/recommendations"));

        assertThat(recommendations.count()).isEqualTo(before + 2);
        assertThat(recommendations.findAll()).filteredOn(r -> r.getTopic().equals(topic))
                .extracting(Recommendation::getAddressee).containsExactlyInAnyOrder("executive", "committee");
        Recommendation toExecutive = recommendations.findAll().stream()
                .filter(r -> r.getTopic().equals(topic) && r.getAddressee().equals("executive")).findFirst().orElseThrow();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(toExecutive.getId())).count()).isOne();
    }

    @Test
    void aMistakeIsExplainedAndNothingTypedIsLostOrRecorded() throws Exception {
        long before = recommendations.count();
        mvc.perform(post("/staff/recommendations/new").with(clerk()).with(csrf())
                        .param("meetingId", String.valueOf(meeting.id()))
                        .param("rows[0].topic", "Kept topic").param("rows[0].number", "1").param("rows[0].text", "That this is kept.")
                        .param("rows[0].addressee", "executive").param("rows[0].scrutinyType", "general")
                        .param("rows[1].topic", "Kept topic").param("rows[1].number", "").param("rows[1].text", "That this has no number.")
                        .param("rows[1].addressee", "executive").param("rows[1].scrutinyType", "general"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Row 2: Enter the recommendation&#39;s number")))
                .andExpect(content().string(containsString("That this is kept.")))
                .andExpect(content().string(containsString("That this has no number.")));
        assertThat(recommendations.count()).isEqualTo(before);
    }

    @Test
    void onlyRecordersMayRecord() throws Exception {
        mvc.perform(get("/staff/recommendations/new").with(member())).andExpect(status().isForbidden());
        mvc.perform(get("/staff/recommendations").with(member())).andExpect(status().isOk());
        mvc.perform(get("/staff/recommendations")).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    void theTrackerGroupsByMeetingAndTopicFiltersByStatusAndExportsCsv() throws Exception {
        String topic = "Tracker topic " + TOPICS.incrementAndGet();
        Recommendation overdue = recommend(topic, "That an overdue thing is done.");
        Recommendation notSent = recommend(topic, "That an unsent thing is done.");
        send(overdue);
        clock.freezeAt(Instant.parse("2027-04-01T09:00:00Z"));

        mvc.perform(get("/staff/recommendations").with(member()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Meeting of Tuesday 12 January 2027")))
                .andExpect(content().string(containsString(topic)))
                .andExpect(content().string(containsString("That an overdue thing is done.")))
                .andExpect(content().string(containsString("That an unsent thing is done.")));

        mvc.perform(get("/staff/recommendations").param("status", "OVERDUE").with(member()))
                .andExpect(content().string(containsString("That an overdue thing is done.")))
                .andExpect(content().string(not(containsString("That an unsent thing is done."))));

        mvc.perform(get("/staff/recommendations").param("status", "OVERDUE").param("asOf", "2027-02-01").with(member()))
                .andExpect(content().string(not(containsString("That an overdue thing is done."))));

        String csv = mvc.perform(get("/staff/recommendations/export.csv").param("status", "OVERDUE").with(member()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("meeting_date,topic,rec_no,recommendation,addressee,date_sent,due_date,date_received,response,");
        assertThat(csv).contains("2027-01-12," + topic + ",1,That an overdue thing is done.,executive,2027-01-12,2027-03-12,,,"
                + overdue.getId() + ",general,,,OVERDUE,2027-04-01");
        assertThat(csv).doesNotContain("That an unsent thing is done.");
        assertThat(notSent.getId()).isNotNull();
    }

    @Test
    void thePublicTrackerSaysWhereEachRecommendationStandsInPlainWords() throws Exception {
        String topic = "Public topic " + TOPICS.incrementAndGet();
        Recommendation waiting = recommend(topic, "That a waiting thing is done.");
        Recommendation answered = recommend(topic, "That an answered thing is done.");
        Recommendation notSent = recommend(topic, "That a new thing is done.");
        send(waiting);
        send(answered);
        taskService.complete(taskService.createTaskQuery().processDefinitionKey("recommendation-response").processInstanceBusinessKey(String.valueOf(answered.getId()))
                .taskDefinitionKey("recordExecutiveResponse").singleResult().getId(),
                java.util.Map.of("decision", "not-accepted", "reasons", "The money is committed elsewhere."));
        assertThat(notSent.getId()).isNotNull();

        mvc.perform(get("/recommendations"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(topic)))
                .andExpect(content().string(containsString("Sent on 12 January 2027. The response is due by 12 March 2027.")))
                .andExpect(content().string(containsString("Response received on 12 January 2027: not accepted.")))
                .andExpect(content().string(containsString("The money is committed elsewhere.")))
                .andExpect(content().string(containsString("Not yet sent.")));

        clock.freezeAt(Instant.parse("2027-03-15T09:00:00Z"));
        mvc.perform(get("/recommendations"))
                .andExpect(content().string(containsString("Sent on 12 January 2027. The response was due by 12 March 2027 and has not been received.")));
    }
}
