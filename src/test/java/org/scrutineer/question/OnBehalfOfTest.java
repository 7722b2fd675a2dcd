package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Hanna Currie (on behalf of Teresa Fenner)": a question asked for someone else, and counted as theirs. */
@ScrutineerTest
class OnBehalfOfTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired PublicQuestionRepository questions;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;
    private RequestPostProcessor from;

    @BeforeEach
    void setUp() {
        init(engine);
        meeting = QuestionFixtures.meeting(meetings, clock);
        String address = "10.6.0." + ADDRESSES.incrementAndGet();
        from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ResultActions ask(long meetingId, String name, String onBehalfOf) throws Exception {
        QuestionSubmission body = new QuestionSubmission(meetingId, name, QuestionFixtures.uniqueEmail(), "Exemplar Town", true, "chair",
                "How many foster carers were recruited this year?", onBehalfOf);
        return mvc.perform(post("/api/questions").with(from).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private PublicQuestion asked(ResultActions answer) throws Exception {
        String reference = json.readTree(answer.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .path("reference").asText();
        return questions.findByReference(reference).orElseThrow();
    }

    @Test
    void theApiTakesTheNameOfThePersonTheQuestionIsFor() throws Exception {
        PublicQuestion question = asked(ask(meeting.id(), "Hanna Currie", "  Teresa Fenner "));
        assertThat(question.getAskerName()).isEqualTo("Hanna Currie");
        assertThat(question.getOnBehalfOf()).isEqualTo("Teresa Fenner");
        assertThat(question.getAskedBy()).isEqualTo("Hanna Currie (on behalf of Teresa Fenner)");

        mvc.perform(get("/api/questions/" + question.getReference()).with(user("clerk").authorities(() -> "democratic-services")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Hanna Currie"))
                .andExpect(jsonPath("$.onBehalfOf").value("Teresa Fenner"));

        PublicQuestion own = asked(ask(meeting.id(), "Sam Resident", ""));
        assertThat(own.getOnBehalfOf()).isNull();
        assertThat(own.getAskedBy()).isEqualTo("Sam Resident");
    }

    @Test
    void theFormTakesItAndKeepsItWhenThereIsAProblem() throws Exception {
        mvc.perform(get("/meetings/" + meeting.id() + "/ask"))
                .andExpect(content().string(containsString("Full name of the person you are asking for (optional)")));

        mvc.perform(post("/meetings/" + meeting.id() + "/ask").with(from).with(csrf())
                        .param("name", "Hanna Currie").param("onBehalfOf", "Teresa Fenner").param("email", "")
                        .param("town", "Exemplar Town").param("livesOrWorksInArea", "true").param("addressedTo", "chair")
                        .param("text", "When will the family hub open?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your email address")))
                .andExpect(content().string(containsString("value=\"Teresa Fenner\"")));

        String email = QuestionFixtures.uniqueEmail();
        mvc.perform(post("/meetings/" + meeting.id() + "/ask").with(from).with(csrf())
                        .param("name", "Hanna Currie").param("onBehalfOf", "Teresa Fenner").param("email", email)
                        .param("town", "Exemplar Town").param("livesOrWorksInArea", "true").param("addressedTo", "chair")
                        .param("text", "When will the family hub open?"))
                .andExpect(redirectedUrl("/meetings/" + meeting.id() + "/ask/confirmation"));
        assertThat(questions.findByMeetingIdOrderBySubmittedAtAsc(meeting.id())).singleElement()
                .satisfies(q -> assertThat(q.getAskedBy()).isEqualTo("Hanna Currie (on behalf of Teresa Fenner)"));
    }

    @Test
    void theNameIsCheckedAsTheAskersOwnIs() throws Exception {
        ask(meeting.id(), "Hanna Currie", "T".repeat(101)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.onBehalfOf").value("The name of the person you are asking for must be 100 characters or fewer"));
        ask(meeting.id(), "Hanna Currie", "Teresa\u0007Fenner").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.onBehalfOf").value("Remove the control characters or broken symbols from this answer"));
        ask(meeting.id(), "Hanna Currie", "hanna  currie").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.onBehalfOf").value("Leave this empty when you are asking the question for yourself"));
        assertThat(questions.findByMeetingIdOrderBySubmittedAtAsc(meeting.id())).isEmpty();
    }

    @Test
    void aQuestionCountsForThePersonItIsAskedForAsWellAsTheAsker() throws Exception {
        asked(ask(meeting.id(), "Hanna Currie", "Teresa Fenner"));

        ask(meeting.id(), "Teresa Fenner", null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.name").value(containsString("already been asked on your behalf for this meeting")));
        ask(meeting.id(), "Bo Resident", "teresa  FENNER").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.onBehalfOf").value(containsString("A question by or for teresa  FENNER has already been asked")));
        ask(meeting.id(), "Bo Resident", "Hanna Currie").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value(containsString("Each person may ask one question at each meeting")));
        assertThat(questions.findByMeetingIdOrderBySubmittedAtAsc(meeting.id())).hasSize(1);

        asked(ask(meeting.id(), "Bo Resident", null));
        ScheduledMeeting next = meetings.schedule("cyp", java.time.LocalDateTime.parse("2027-03-23T14:00"), null);
        asked(ask(next.id(), "Teresa Fenner", null));
    }

    @Test
    void theSupplementAndTheStaffListShowWhoTheQuestionIsFor() throws Exception {
        PublicQuestion question = asked(ask(meeting.id(), "Hanna Currie", "Teresa Fenner"));
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("public-question")
                .processInstanceBusinessKey(question.getReference()).singleResult();
        complete(task(pi), withVariables("decision", "accept"));
        complete(task(pi), withVariables("answer", "Twelve."));
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));
        execute(job(pi));
        complete(task(pi), withVariables("supplementaryAsked", true, "supplementaryText", "Is that enough?",
                "supplementaryAnswerMode", "written"));

        mvc.perform(get("/meetings/" + meeting.id() + "/questions"))
                .andExpect(content().string(containsString("Question 1 from Hanna Currie (on behalf of Teresa Fenner)")))
                .andExpect(content().string(containsString("Supplementary question from Hanna Currie (on behalf of Teresa Fenner), "
                        + question.getReference())));
        mvc.perform(get("/staff/meetings/" + meeting.id() + "/questions").with(user("clerk").authorities(() -> "democratic-services")))
                .andExpect(content().string(containsString("Hanna Currie (on behalf of Teresa Fenner)")));
    }
}
