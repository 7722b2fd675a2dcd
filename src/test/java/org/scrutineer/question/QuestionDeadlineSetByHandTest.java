package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
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
import org.scrutineer.meeting.DeadlineOverride;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The 2023 agenda pack said questions closed at "9:30am on Thursday 23 February"; the committee's
 * rule said otherwise. When democratic services set the question deadline by hand, the door, the
 * meeting page and the open question tasks all keep that deadline.
 */
@ScrutineerTest
class QuestionDeadlineSetByHandTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired QuestionIntake intake;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;

    @BeforeEach
    void aMeetingOnTheSixteenthOfMarch2027() {
        init(engine);
        meeting = QuestionFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void questionsCloseAt(String londonTime) {
        meetings.overrideDeadlines(meeting.id(), new DeadlineOverride(LocalDateTime.parse(londonTime), null, null,
                "The agenda pack gives this time"));
    }

    private MockHttpServletRequestBuilder ask() throws Exception {
        String address = "10.2.0." + ADDRESSES.incrementAndGet();
        return post("/api/questions").with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                QuestionFixtures.submission(meeting.id(), "chair", "How many foster carers were recruited this year?")));
    }

    @Test
    void theDoorAndTheMeetingPageKeepTheDeadlineSetByHand() throws Exception {
        questionsCloseAt("2027-03-11T09:30");

        clock.freezeAt(Instant.parse("2027-03-10T17:30:00Z"));
        mvc.perform(ask()).andExpect(status().isCreated());
        mvc.perform(get("/meetings/" + meeting.id()))
                .andExpect(content().string(containsString("Questions must be received by 9:30am on Thursday 11 March 2027")));

        clock.freezeAt(Instant.parse("2027-03-11T09:31:00Z"));
        mvc.perform(ask())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value(containsString("had to be received by 9:30am on Thursday 11 March 2027")));
        mvc.perform(get("/meetings/" + meeting.id()))
                .andExpect(content().string(containsString("The deadline for questions to this meeting has passed.")));
    }

    @Test
    void anEarlierDeadlineSetByHandClosesTheDoorEarlier() throws Exception {
        questionsCloseAt("2027-03-09T12:00");

        clock.freezeAt(Instant.parse("2027-03-09T12:01:00Z"));
        mvc.perform(ask())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value(containsString("midday on Tuesday 9 March 2027")));
    }

    @Test
    void theOpenScreeningTaskFollowsTheDeadlineSetByHand() {
        PublicQuestion question = intake.submit(QuestionFixtures.submission(meeting.id(), "chair", "Will the meeting be webcast?"));
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(question.getReference()).singleResult();
        assertThat(task(pi)).hasDueDate(Date.from(Instant.parse("2027-03-11T17:00:00Z")));

        questionsCloseAt("2027-03-12T12:00");

        assertThat(pi).isWaitingAt("screenQuestion");
        assertThat(task(pi)).as("one working day after Friday 12 March").hasDueDate(Date.from(Instant.parse("2027-03-15T17:00:00Z")));
        assertThat(runtimeService.getVariable(pi.getId(), "deadlinesText")).asString().contains("midday on Friday 12 March 2027");
    }
}
