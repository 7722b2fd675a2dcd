package org.scrutineer.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
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
import org.scrutineer.notification.OutboxDelivery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The agenda supplement, the asker's emails over real SMTP, the staff list and withdrawal by link. */
@ScrutineerTest
class PublishedQuestionsPageTest {

    private static final String HOSTILE = "Is <script>alert('x')</script> safe & sound?";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired QuestionIntake intake;
    @Autowired QuestionLinks links;
    @Autowired MeetingService meetings;
    @Autowired OutboxDelivery delivery;
    @Autowired GreenMail smtp;
    @Autowired MockMvc mvc;
    @Autowired AppClock clock;

    private ScheduledMeeting meeting;

    @BeforeEach
    void setUp() {
        init(engine);
        meeting = QuestionFixtures.meeting(meetings, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private ProcessInstance processOf(PublicQuestion q) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(q.getReference()).singleResult();
    }

    private PublicQuestion publish(String text, String answer) {
        PublicQuestion question = intake.submit(QuestionFixtures.submission(meeting.id(), "chair", text));
        ProcessInstance pi = processOf(question);
        complete(task(pi), withVariables("decision", "accept"));
        complete(task(pi), withVariables("answer", answer));
        complete(task(pi), withVariables("approved", true));
        execute(job(pi));
        return question;
    }

    @Test
    void onlyPublishedQuestionsAppearWithAllTheirTextEscaped() throws Exception {
        PublicQuestion published = publish(HOSTILE, "Yes <b>indeed</b>.");
        PublicQuestion rejected = intake.submit(QuestionFixtures.submission(meeting.id(), "chair", "A rejected question?"));
        complete(task(processOf(rejected)), withVariables("decision", "reject", "rejectionReason", "defamatory"));
        PublicQuestion waiting = intake.submit(QuestionFixtures.submission(meeting.id(), "officer", "A question still being answered?"));

        mvc.perform(get("/meetings/" + meeting.id() + "/questions"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(published.getReference())))
                .andExpect(content().string(containsString("Is &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; safe &amp; sound?")))
                .andExpect(content().string(containsString("Yes &lt;b&gt;indeed&lt;/b&gt;.")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString(rejected.getReference()))))
                .andExpect(content().string(not(containsString(waiting.getReference()))))
                .andExpect(content().string(not(containsString(published.getEmail()))));
    }

    @Test
    void supplementariesAppearUnderTheirOwnHeading() throws Exception {
        PublicQuestion question = publish("How many apprenticeships are there for care leavers?", "Twenty.");
        ProcessInstance pi = processOf(question);
        execute(job(pi));
        complete(task(pi), withVariables("supplementaryAsked", true, "supplementaryText", "Will that rise?",
                "supplementaryAnswerMode", "written"));

        mvc.perform(get("/meetings/" + meeting.id() + "/questions"))
                .andExpect(content().string(containsString("Supplementary questions")))
                .andExpect(content().string(containsString("Will that rise?")))
                .andExpect(content().string(containsString("A written answer will follow by Thursday 1 April 2027.")));
    }

    @Test
    void theAskerIsEmailedTheAcknowledgementTheRejectionAndTheAnswer() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        PublicQuestion answered = publish("When will the family hub open?", "In May.");
        PublicQuestion refused = intake.submit(QuestionFixtures.submission(meeting.id(), "chair", "Is the chair corrupt?"));
        complete(task(processOf(refused)), withVariables("decision", "reject", "rejectionReason", "defamatory"));
        execute(job(processOf(refused)));

        delivery.deliverDue();

        MimeMessage[] toAnswered = smtp.getReceivedMessagesForDomain(answered.getEmail());
        assertThat(toAnswered).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "We have received your question " + answered.getReference(),
                "The answer to your question " + answered.getReference());
        assertThat(GreenMailUtil.getBody(toAnswered[1]) + GreenMailUtil.getBody(toAnswered[0])).contains("In May.");

        MimeMessage[] toRefused = smtp.getReceivedMessagesForDomain(refused.getEmail());
        assertThat(toRefused).extracting(MimeMessage::getSubject).contains(
                "Your question " + refused.getReference() + " cannot be put to the meeting");
        assertThat(GreenMailUtil.getBody(toRefused[toRefused.length - 1]).replaceAll("=\\r?\\n", ""))
                .contains("because it is defamatory, frivolous or offensive");
    }

    @Test
    void theSignedLinkWithdrawsTheQuestionAndAForgedOneDoesNot() throws Exception {
        PublicQuestion question = intake.submit(QuestionFixtures.submission(meeting.id(), "chair", "Can I withdraw this?"));
        String link = links.withdrawUrl(question.getReference());
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(get("/questions/" + question.getReference() + "/withdraw").param("token", "forged"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/questions/" + question.getReference() + "/withdraw").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Withdraw my question")));
        mvc.perform(post("/questions/" + question.getReference() + "/withdraw").param("token", token).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Question withdrawn")));

        mvc.perform(get("/staff/meetings/" + meeting.id() + "/questions").with(user("clerk").authorities(() -> "democratic-services")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(question.getReference())))
                .andExpect(content().string(containsString("Withdrawn")));
    }

    @Test
    void aPublishedQuestionCanNoLongerBeWithdrawn() throws Exception {
        PublicQuestion question = publish("Is this final?", "Yes.");
        String link = links.withdrawUrl(question.getReference());
        mvc.perform(post("/questions/" + question.getReference() + "/withdraw")
                        .param("token", link.substring(link.indexOf("token=") + 6)).with(csrf()))
                .andExpect(content().string(containsString("could not be withdrawn")));
        assertThat(runtimeService.getVariables(processOf(question).getId()))
                .extractingByKey("accepted").isEqualTo(true);
    }
}
