package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.TaskService;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.web.ApiClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.scrutineer.calendar.AppClock;
import org.scrutineer.meeting.MeetingService;
import org.scrutineer.meeting.ScheduledMeeting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The rules at the door, through the JSON API and the public form. */
@ScrutineerTest
class QuestionDoorTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired AppClock clock;
    @Autowired TaskService taskService;
    @LocalServerPort int port;

    private final ObjectMapper json = new ObjectMapper();
    private ScheduledMeeting meeting;
    private RequestPostProcessor from;

    @BeforeEach
    void setUp() {
        meeting = QuestionFixtures.meeting(meetings, clock);
        String address = "10.1.0." + ADDRESSES.incrementAndGet();
        from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private MockHttpServletRequestBuilder api(QuestionSubmission body) throws Exception {
        return post("/api/questions").with(from).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private QuestionSubmission valid() {
        return QuestionFixtures.submission(meeting.id(), "chair", "How many children in care live outside the borough?");
    }

    @Test
    void aGoodQuestionGetsAReference() throws Exception {
        mvc.perform(api(valid()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(matchesPattern("PQ-2027-\\d{4}")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void aLateQuestionIsRefusedNamingTheDeadline() throws Exception {
        clock.freezeAt(Instant.parse("2027-03-10T17:00:01Z"));
        mvc.perform(api(valid()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value(containsString("5pm on Wednesday 10 March 2027")));
    }

    @Test
    void aSecondQuestionFromTheSamePersonToTheSameMeetingIsRefused() throws Exception {
        QuestionSubmission first = valid();
        mvc.perform(api(first)).andExpect(status().isCreated());
        QuestionSubmission second = new QuestionSubmission(meeting.id(), "Alex Resident", first.email().toUpperCase(), "Exemplar Town",
                true, "officer", "A different question about libraries?");
        mvc.perform(api(second))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value(containsString("already asked a question for this meeting")));
    }

    @Test
    void aQuestionWithoutTheDeclarationIsRefused() throws Exception {
        QuestionSubmission undeclared = new QuestionSubmission(meeting.id(), "Alex Resident", QuestionFixtures.uniqueEmail(),
                "Elsewhere", false, "chair", "Why?");
        mvc.perform(api(undeclared))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.error").value(containsString("live or work in the")));
    }

    @Test
    void aQuestionOverTheWordLimitIsRefusedWithItsLength() throws Exception {
        String words = "word ".repeat(251).strip();
        mvc.perform(api(QuestionFixtures.submission(meeting.id(), "chair", words)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.text").value("Your question must be 250 words or fewer. It is 251 words"));
    }

    @Test
    void missingAndMalformedFieldsAreExplained() throws Exception {
        mvc.perform(api(new QuestionSubmission(meeting.id(), " ", "not-an-email", "", true, "mayor", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Enter your full name"))
                .andExpect(jsonPath("$.errors.email").value(containsString("correct format")))
                .andExpect(jsonPath("$.errors.town").exists())
                .andExpect(jsonPath("$.errors.addressedTo").value("Select who your question is for"))
                .andExpect(jsonPath("$.errors.text").value("Enter your question"));
        mvc.perform(post("/api/questions").with(from).contentType(MediaType.APPLICATION_JSON).content("{\"meetingId\": \"soon\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void tooManySubmissionsFromOneAddressGet429() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(api(QuestionFixtures.submission(meeting.id(), "chair", "Question number " + i + "?")))
                    .andExpect(status().isCreated());
        }
        mvc.perform(api(valid()))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value(containsString("Too many questions")))
                .andExpect(jsonPath("$.type").value("urn:scrutineer:problem:too-many-requests"))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(post("/meetings/" + meeting.id() + "/ask").with(from).with(csrf()).param("name", "Alex"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void anOversizedSubmissionIsRefused() throws Exception {
        mvc.perform(post("/api/questions").with(from).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"" + "x".repeat(70_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void theHtmlFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/meetings/" + meeting.id() + "/ask").with(from)
                        .param("name", "Alex Resident").param("email", QuestionFixtures.uniqueEmail()).param("town", "Exemplar Town")
                        .param("livesOrWorksInArea", "true").param("addressedTo", "chair").param("text", "Why?"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormShowsErrorsInASummaryAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(get("/meetings/" + meeting.id() + "/ask").with(from))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask a question")))
                .andExpect(content().string(containsString("Questions must be received by 5pm on Wednesday 10 March 2027")));

        mvc.perform(post("/meetings/" + meeting.id() + "/ask").with(from).with(csrf())
                        .param("name", "Alex <Resident>").param("email", "").param("town", "Exemplar Town")
                        .param("addressedTo", "chair").param("text", "Will the <b>library</b> stay open?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#email\"")))
                .andExpect(content().string(containsString("Enter your email address")))
                .andExpect(content().string(containsString("href=\"#livesOrWorksInArea\"")))
                .andExpect(content().string(containsString("value=\"Alex &lt;Resident&gt;\"")))
                .andExpect(content().string(containsString("Will the &lt;b&gt;library&lt;/b&gt; stay open?")));
    }

    @Test
    void theFormGivesAReferenceOnAConfirmationPage() throws Exception {
        String reference = (String) mvc.perform(post("/meetings/" + meeting.id() + "/ask").with(from).with(csrf())
                        .param("name", "Alex Resident").param("email", QuestionFixtures.uniqueEmail()).param("town", "Exemplar Town")
                        .param("livesOrWorksInArea", "true").param("addressedTo", "officer").param("text", "How are libraries funded?"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings/" + meeting.id() + "/ask/confirmation"))
                .andExpect(flash().attribute("reference", matchesPattern("PQ-2027-\\d{4}")))
                .andReturn().getFlashMap().get("reference");

        mvc.perform(get("/meetings/" + meeting.id() + "/ask/confirmation").flashAttr("reference", reference))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));
    }

    @Test
    void theScreeningTaskOpensItsCamundaFormForDemocraticServicesOnly() throws Exception {
        String body = mvc.perform(api(valid())).andReturn().getResponse().getContentAsString();
        String reference = json.readTree(body).path("reference").asText();
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

        var form = ApiClient.as(port, "clerk", "demo").get("/engine-rest/task/" + taskId + "/deployed-form");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"screenQuestion\"", "rejectionReason");
        assertThat(ApiClient.as(port, "member", "demo")
                .get("/engine-rest/task/" + taskId + "/deployed-form").statusCode()).isIn(403, 404);
    }

    @Test
    void staffReadAQuestionWithItsState() throws Exception {
        String body = mvc.perform(api(valid())).andReturn().getResponse().getContentAsString();
        String reference = json.readTree(body).path("reference").asText();
        mvc.perform(get("/api/questions/" + reference).with(user("clerk").authorities(() -> "democratic-services")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.waitingAt[0]").value("screenQuestion"));
        mvc.perform(get("/api/questions/" + reference)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/questions/" + reference).with(user("member").authorities(() -> "committee-members")))
                .andExpect(status().isForbidden());
    }
}
